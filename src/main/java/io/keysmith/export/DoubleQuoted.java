package io.keysmith.export;

/**
 * A double-quoted string literal with the escapes every syntax we write shares (quote,
 * backslash, newline, return, tab); each syntax decides how the remaining characters look.
 */
final class DoubleQuoted {

    /** How one syntax writes a code point that needs no common escape. */
    @FunctionalInterface
    interface Other {
        void append(int codePoint, StringBuilder out);
    }

    private DoubleQuoted() {
    }

    static String quote(String value, Other other) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> other.append(c, out);
            }
        });
        return out.append('"').toString();
    }

    /** {@code \\uXXXX} for each UTF-16 unit of the code point, in the given hex case. */
    static void unicodeEscape(int codePoint, StringBuilder out, boolean upperCase) {
        for (char unit : Character.toChars(codePoint)) {
            out.append(String.format(upperCase ? "\\u%04X" : "\\u%04x", (int) unit));
        }
    }
}
