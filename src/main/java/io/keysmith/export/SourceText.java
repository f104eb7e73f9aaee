package io.keysmith.export;

/** String literals and comments for generated Java, TypeScript and Python source. */
public final class SourceText {

    private SourceText() {
    }

    /** A Java string literal; also valid TypeScript (double-quoted) since the escapes are common. */
    public static String java(String value) {
        return DoubleQuoted.quote(value, (c, out) -> {
            // Unicode escapes outside ASCII keep source files encoding-proof; Java would
            // also translate a raw \u002028 in a comment, so none are left raw.
            if (c < 0x20 || c > 0x7e) {
                DoubleQuoted.unicodeEscape(c, out, false);
            } else {
                out.appendCodePoint(c);
            }
        });
    }

    /** A TypeScript string literal, double-quoted; {@code ${} is literal outside backticks. */
    public static String typescript(String value) {
        return java(value);
    }

    /** A Python string literal; {@code \\uXXXX} escapes work in Python 3 str literals too. */
    public static String python(String value) {
        return DoubleQuoted.quote(value, (c, out) -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c > 0x7e && c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else if (c > 0xffff) {
                out.append(String.format("\\U%08x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
    }

    /** Text for a one-line comment in any of the three languages: no line breaks, no comment closers. */
    public static String comment(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 ? ' ' : c);
        }
        return out.toString().replace("*/", "* /").replace("\\u", "\\ u");
    }
}
