package io.keysmith.export;

/**
 * HCL escaping: a user string as a quoted HCL string in which {@code ${} and {@code %{} stay
 * literal text instead of starting an interpolation or a directive.
 */
public final class HclText {

    private HclText() {
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean opensTemplate = i + 1 < value.length() && value.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(opensTemplate ? "$$" : "$");
                case '%' -> out.append(opensTemplate ? "%%" : "%");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A Terraform identifier (resource or variable name) made from any text: lower snake case. */
    public static String identifier(String text) {
        String snake = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (snake.isEmpty() || !Character.isLetter(snake.charAt(0))) {
            snake = "t_" + snake;
        }
        return snake;
    }
}
