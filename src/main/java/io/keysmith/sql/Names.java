package io.keysmith.sql;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL names as Keysmith names: quotes removed ({@code "x"}, {@code `x`}, {@code [x]}), tables as
 * singular PascalCase entities ({@code order_items} gives {@code OrderItem}), columns as camelCase
 * attributes ({@code created_at} gives {@code createdAt}).
 */
final class Names {

    private Names() {
    }

    /** A name without its quotes; a doubled quote inside stands for one. */
    static String unquote(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip();
        if (n.length() >= 2) {
            char first = n.charAt(0);
            char last = n.charAt(n.length() - 1);
            if ((first == '"' || first == '`') && last == first) {
                String q = String.valueOf(first);
                return n.substring(1, n.length() - 1).replace(q + q, q);
            }
            if (first == '[' && last == ']') {
                return n.substring(1, n.length() - 1);
            }
        }
        return n;
    }

    /** Whether the name was written in quotes (then its case matters). */
    static boolean quoted(String name) {
        return name != null && !name.isBlank() && "\"`[".indexOf(name.strip().charAt(0)) >= 0;
    }

    /** An entity name: ASCII letters and digits, singular, PascalCase; empty when the table name has no letters. */
    static String entity(String table) {
        List<String> words = words(ascii(table));
        if (words.isEmpty()) {
            return "";
        }
        words.set(words.size() - 1, Singular.of(words.getLast()));
        return pascal(words);
    }

    /** PascalCase of a name's ASCII words, as written ({@code billing} gives Billing); empty when it has none. */
    static String pascal(String name) {
        List<String> words = words(ascii(name));
        return words.isEmpty() ? "" : pascal(words);
    }

    private static String pascal(List<String> words) {
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(capitalise(w)));
        String name = out.toString();
        return Character.isLetter(name.charAt(0)) ? name : "T" + name;
    }

    /** An attribute name: camelCase of the column's words (any letters); empty when it has none. */
    static String attribute(String column) {
        List<String> words = words(column);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? w.toLowerCase(Locale.ROOT) : capitalise(w));
        }
        return out.toString();
    }

    /** Words of a name: runs of letters and digits, split at case changes ({@code orderID}: order, ID). */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (!word.isEmpty() && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(word.length() - 1))) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /** The words of a name as a phrase for sentences ({@code customerId} gives "customer id"). */
    static String phrase(String name) {
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    /** Text safe to print on one line: control characters shown as escapes. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalise(String word) {
        String lower = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
    }
}
