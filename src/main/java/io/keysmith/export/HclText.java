package io.keysmith.export;

/**
 * HCL escaping: a user string as a quoted HCL string in which {@code ${} and {@code %{} stay
 * literal text instead of starting an interpolation or a directive.
 */
public final class HclText {

    private HclText() {
    }

    public static String quote(String value) {
        // Doubling the opener keeps ${ and %{ literal: $${ and %%{ are HCL's escapes.
        String literal = value.replace("${", "$${").replace("%{", "%%{");
        return DoubleQuoted.quote(literal, (c, out) -> {
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                DoubleQuoted.unicodeEscape(c, out, true);
            } else {
                out.appendCodePoint(c);
            }
        });
    }

    /**
     * A quoted HCL string that starts with the value of a reference (a generated path such as
     * {@code aws_dynamodb_table.orders.arn}, never user text) and goes on with literal text.
     */
    public static String referenceThen(String reference, String literal) {
        return "\"${" + reference + "}" + quote(literal).substring(1);
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
