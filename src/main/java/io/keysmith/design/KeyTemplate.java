package io.keysmith.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key template of the design format: literal text with {@code {attribute}} placeholders,
 * {@code {attribute:0N}} for a number zero-padded to N digits so that it sorts inside a string
 * (negative numbers included, see {@link #padded}),
 * and the write-shard forms {@code {#shard:N}} (a shard the writer picks) and
 * {@code {#shard:N:attribute}} (computed from a value, see {@link Shard}).
 */
public record KeyTemplate(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::(0\\d+))?}");
    private static final Pattern SHARD = Pattern.compile("\\{#shard:([1-9]\\d*)(?::([^{}:]+))?}");
    private static final Pattern ANY = Pattern.compile(SHARD.pattern() + "|" + PLACEHOLDER.pattern());

    /**
     * The key of a values map that holds a writer-chosen shard (any non-negative number, taken
     * modulo N): the writer's pick when writing, the shard being read by a scatter-gather read.
     */
    public static final String WRITER_SHARD = "#shard";

    /*
     * Parsed pieces by template text. Every rule reads templates, and a design of a large model parsed the
     * same few thousand texts hundreds of thousands of times (an eighth of its allocation); the pieces are
     * immutable, so they are shared between designs and threads.
     */
    private static final int CACHED = 1 << 15;
    private static final Map<String, List<Part>> PARSED = new ConcurrentHashMap<>();

    /** A piece of a template: literal text, or a placeholder naming an attribute. */
    public sealed interface Part permits Literal, Placeholder, Shard {
    }

    public record Literal(String text) implements Part {
    }

    /** {@code pad} is 0 for none, N for {@code {attribute:0N}}. */
    public record Placeholder(String attribute, int pad) implements Part {
        public String render(Object value) {
            return pad == 0 ? KeyTemplate.text(value) : padded(value, pad);
        }
    }

    /**
     * A write shard: {@code attribute} null for {@code {#shard:N}} (the writer picks 0..N-1),
     * else {@code fnv1a32(utf8(string form of the value)) mod N}, so a reader that knows the value
     * addresses one shard.
     */
    public record Shard(int count, String attribute) implements Part {

        /** The shard of a value, or of the writer's pick when {@code attribute} is null. */
        public int of(Object value) {
            if (attribute == null) {
                return (int) Math.floorMod(((Number) value).longValue(), (long) count);
            }
            return (int) Long.remainderUnsigned(Integer.toUnsignedLong(fnv1a32(KeyTemplate.text(value))), count);
        }

        /** The placeholder as a template writes it. */
        public String text() {
            return "{#shard:" + count + (attribute == null ? "" : ":" + attribute) + "}";
        }
    }

    /** The 32-bit FNV-1a hash of a string's UTF-8 bytes (offset basis 2166136261, prime 16777619). */
    public static int fnv1a32(String value) {
        int h = 0x811c9dc5;
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 16777619;
        }
        return h;
    }

    /** The shard placeholder of the template, or null when it has none. */
    public Shard shard() {
        return parts().stream().filter(p -> p instanceof Shard).map(p -> (Shard) p).findFirst().orElse(null);
    }

    public static KeyTemplate of(String text) {
        return new KeyTemplate(text);
    }

    /** The template's pieces, in order (an unmodifiable list). */
    public List<Part> parts() {
        List<Part> parts = PARSED.get(text);
        if (parts == null) {
            parts = parse(text);
            if (PARSED.size() >= CACHED) {
                PARSED.clear(); // a bound, not an eviction policy: a model has far fewer templates than this
            }
            PARSED.put(text, parts);
        }
        return parts;
    }

    private static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            if (m.group(1) != null) {
                parts.add(new Shard(Integer.parseInt(m.group(1)), m.group(2)));
            } else {
                int pad = m.group(4) == null ? 0 : Integer.parseInt(m.group(4).substring(1));
                parts.add(new Placeholder(m.group(3), pad));
            }
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        return List.copyOf(parts);
    }

    /** The attributes the template names, in order (a computed shard's attribute included). */
    public List<String> attributes() {
        List<String> names = new ArrayList<>(2);
        for (Part p : parts()) {
            if (p instanceof Placeholder ph) {
                names.add(ph.attribute());
            } else if (p instanceof Shard s && s.attribute() != null) {
                names.add(s.attribute());
            }
        }
        return Collections.unmodifiableList(names);
    }

    /** The literal text before the first placeholder, e.g. {@code ORDER#} of {@code ORDER#{orderId}}. */
    public String literalPrefix() {
        List<Part> parts = parts();
        return !parts.isEmpty() && parts.get(0) instanceof Literal l ? l.text() : "";
    }

    /** Whether the template is exactly one unpadded placeholder, keeping the value's own type. */
    public boolean isBareAttribute() {
        List<Part> parts = parts();
        return parts.size() == 1 && parts.get(0) instanceof Placeholder p && p.pad() == 0;
    }

    /** The rendered text, or empty when an attribute the template names has no value. */
    public Optional<String> render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts()) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Placeholder p -> {
                    Object value = values.get(p.attribute());
                    if (value == null) {
                        return Optional.empty();
                    }
                    out.append(p.render(value));
                }
                case Shard sh -> {
                    Object value = values.get(sh.attribute() == null ? WRITER_SHARD : sh.attribute());
                    if (value == null) {
                        return Optional.empty();
                    }
                    out.append(sh.of(value));
                }
            }
        }
        return Optional.of(out.toString());
    }

    /** The template with placeholders of the given attributes filled and all others kept. */
    public KeyTemplate fill(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts()) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Placeholder p -> {
                    Object value = values.get(p.attribute());
                    out.append(value == null ? "{" + p.attribute() + (p.pad() == 0 ? "" : ":0" + p.pad()) + "}"
                            : p.render(value));
                }
                case Shard sh -> {
                    Object value = values.get(sh.attribute() == null ? WRITER_SHARD : sh.attribute());
                    out.append(value == null ? sh.text() : String.valueOf(sh.of(value)));
                }
            }
        }
        return new KeyTemplate(out.toString());
    }

    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    /**
     * A number as text that sorts like the number: the integer part zero-padded to N digits (42
     * with N=5 gives 00042, 12.5 gives 00012.5); a negative number is {@code -}, the nines'
     * complement of those digits and {@code ~} (-42 gives -99957~, -12.5 gives -99987.4~), so it
     * sorts below every non-negative one and the larger magnitude first. The generated code's
     * runtimes (templates/code, templates/electrodb) write the same text.
     */
    static String padded(Object value, int width) {
        if (!(value instanceof Number n)) {
            return text(value);
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        String digits = d.abs().stripTrailingZeros().toPlainString();
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String magnitude = "0".repeat(Math.max(0, width - integer.length())) + digits;
        if (d.signum() >= 0) {
            return magnitude;
        }
        StringBuilder out = new StringBuilder("-");
        magnitude.chars().forEach(c -> out.append(c == '.' ? '.' : (char) ('9' - c + '0')));
        return out.append('~').toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
