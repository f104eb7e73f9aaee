package io.keysmith.data;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Makes one plausible value for an attribute from its type, enumeration and format hint. */
final class ValueFaker {

    static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private ValueFaker() {
    }

    /** A value for the attribute; {@code millis} is the instance's time, used by datetimes and ULIDs. */
    static Object value(Attribute a, Random rnd, long millis) {
        if (a.values() != null && !a.values().isEmpty()) {
            return typed(a.values().get(rnd.nextInt(a.values().size())), a.type());
        }
        AttributeType type = a.type() == null ? AttributeType.STRING : a.type();
        String format = format(a);
        return switch (type) {
            case STRING -> string(format, a.mustBeUnique() || a.partOfIdentifier(), rnd, millis);
            case NUMBER -> number(format, rnd);
            case BOOLEAN -> rnd.nextBoolean();
            case DATETIME -> ISO_MILLIS.format(Instant.ofEpochMilli(millis));
            case DATE -> ISO_MILLIS.format(Instant.ofEpochMilli(millis)).substring(0, 10);
            case BINARY -> uuid(rnd).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case MAP -> map(rnd);
            case LIST -> List.copyOf(words(rnd, 1 + rnd.nextInt(3)));
            case STRING_SET -> java.util.Collections.unmodifiableSet(new LinkedHashSet<>(words(rnd, 1 + rnd.nextInt(3))));
            case NUMBER_SET -> numberSet(rnd);
        };
    }

    /** A unique variant of a value already taken: a numbered suffix, before the @ of an email. */
    static Object distinct(Object value, int n) {
        if (value instanceof String s) {
            int at = s.indexOf('@');
            return at > 0 ? s.substring(0, at) + "." + n + s.substring(at) : s + "-" + n;
        }
        if (value instanceof Long l) {
            return l + 1_000_000L * n;
        }
        if (value instanceof BigDecimal d) {
            return d.add(BigDecimal.valueOf(1_000_000L * n));
        }
        return value;
    }

    /** The format hint, or one guessed from the attribute's name. */
    static String format(Attribute a) {
        if (a.format() != null) {
            return a.format();
        }
        String n = a.name().toLowerCase(Locale.ROOT);
        if (a.type() == AttributeType.NUMBER) {
            if (n.contains("price") || n.contains("amount") || n.contains("total") || n.contains("balance")) {
                return "price";
            }
            return n.contains("quantity") || n.contains("count") || n.contains("qty") ? "quantity" : "";
        }
        if (n.endsWith("id")) {
            return "uuid";
        }
        for (String hint : List.of("email", "phone", "url", "city", "country", "username", "firstname", "lastname")) {
            if (n.contains(hint)) {
                return hint.equals("firstname") ? "firstName" : hint.equals("lastname") ? "lastName" : hint;
            }
        }
        if (n.equals("name") || n.endsWith("fullname") || n.endsWith("displayname")) {
            return "fullName";
        }
        if (n.contains("title") || n.contains("subject")) {
            return "sentence";
        }
        return n.contains("body") || n.contains("description") || n.contains("content") ? "paragraph" : "";
    }

    static String string(String format, boolean unique, Random rnd, long millis) {
        return switch (format) {
            case "uuid" -> uuid(rnd);
            case "ulid" -> ulid(rnd, millis);
            case "email" -> (pick(rnd, Words.FIRST_NAMES) + "." + pick(rnd, Words.LAST_NAMES)).toLowerCase(Locale.ROOT)
                    .replace(' ', '-') + rnd.nextInt(1000) + "@example.com";
            case "fullName" -> pick(rnd, Words.FIRST_NAMES) + " " + pick(rnd, Words.LAST_NAMES);
            case "firstName" -> pick(rnd, Words.FIRST_NAMES);
            case "lastName" -> pick(rnd, Words.LAST_NAMES);
            case "username" -> pick(rnd, Words.WORDS) + "_" + pick(rnd, Words.WORDS) + rnd.nextInt(100);
            case "phone" -> String.format("+1555%07d", rnd.nextInt(10_000_000));
            case "url" -> "https://example.com/" + pick(rnd, Words.WORDS) + "/" + rnd.nextInt(100_000);
            case "city" -> pick(rnd, Words.CITIES);
            case "country" -> pick(rnd, Words.COUNTRIES);
            case "company" -> pick(rnd, Words.COMPANY_PARTS) + " " + pick(rnd, Words.COMPANY_SUFFIXES);
            case "word" -> pick(rnd, Words.WORDS);
            case "sentence" -> sentence(rnd);
            case "paragraph" -> sentence(rnd) + " " + sentence(rnd) + " " + sentence(rnd);
            default -> unique ? code(rnd) : pick(rnd, Words.WORDS);
        };
    }

    static Object number(String format, Random rnd) {
        return switch (format) {
            case "price" -> BigDecimal.valueOf(100 + rnd.nextInt(50_000), 2).setScale(2, RoundingMode.UNNECESSARY);
            case "quantity" -> (long) rnd.nextInt(101);
            default -> (long) rnd.nextInt(1001);
        };
    }

    /** An enumeration value as the attribute's type: numbers as BigDecimal, the rest as written. */
    static Object typed(Object value, AttributeType type) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return value;
    }

    static String uuid(Random rnd) {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** A ULID: 48 bits of milliseconds then 80 random bits, Crockford base 32, so it sorts by time. */
    static String ulid(Random rnd, long millis) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = CROCKFORD[rnd.nextInt(32)];
        }
        return new String(out);
    }

    private static String code(Random rnd) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(CROCKFORD[rnd.nextInt(32)]);
        }
        return s.toString();
    }

    private static String sentence(Random rnd) {
        List<String> words = words(rnd, 4 + rnd.nextInt(6));
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static List<String> words(Random rnd, int n) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < n) {
            words.add(pick(rnd, Words.WORDS));
        }
        return new ArrayList<>(words);
    }

    private static Map<String, Object> map(Random rnd) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("label", pick(rnd, Words.WORDS));
        map.put("city", pick(rnd, Words.CITIES));
        map.put("rank", (long) rnd.nextInt(100));
        return map;
    }

    private static Set<Object> numberSet(Random rnd) {
        Set<Object> set = new LinkedHashSet<>();
        int n = 1 + rnd.nextInt(3);
        while (set.size() < n) {
            set.add((long) rnd.nextInt(1000));
        }
        return set;
    }

    static String pick(Random rnd, List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
