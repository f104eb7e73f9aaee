package io.keysmith.export;

/**
 * YAML escaping: every user string becomes a double-quoted scalar, so no keyword ({@code yes},
 * {@code null}), colon, {@code #} or leading symbol can change its meaning.
 */
public final class YamlText {

    private YamlText() {
    }

    public static String quote(String value) {
        return DoubleQuoted.quote(value, (c, out) -> {
            // YAML folds NEL/LS/PS inside quotes and forbids other control characters.
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
    }
}
