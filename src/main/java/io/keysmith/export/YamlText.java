package io.keysmith.export;

/**
 * YAML escaping: every user string becomes a double-quoted scalar, so no keyword ({@code yes},
 * {@code null}), colon, {@code #} or leading symbol can change its meaning.
 */
public final class YamlText {

    private YamlText() {
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // YAML folds NEL/LS/PS inside quotes and forbids other control characters.
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
