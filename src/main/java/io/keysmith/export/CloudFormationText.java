package io.keysmith.export;

/**
 * CloudFormation strings: YAML or JSON quoting plus one CloudFormation rule about {@code ${...}},
 * which cfn-lint reads as a substitution outside {@code Fn::Sub} (E1029). A property value that
 * holds one (an attribute named {@code ${AWS::Region}}) is written as {@code Fn::Sub} with
 * CloudFormation's literal form {@code ${!...}}, so the deployed value is exactly the user's
 * text; free text where intrinsic functions are not allowed (descriptions) shows {@code ${!...}}.
 */
public final class CloudFormationText {

    private CloudFormationText() {
    }

    /** A property value for YAML: a quoted scalar, or {@code !Sub "..."} when it holds {@code ${}. */
    public static String yaml(String value) {
        return needsSub(value) ? "!Sub " + YamlText.quote(subBody(value)) : YamlText.quote(value);
    }

    /** A property value for JSON: a string, or {@code { "Fn::Sub": "..." }} when it holds {@code ${}. */
    public static String json(String value) {
        return needsSub(value) ? "{ \"Fn::Sub\": " + JsonText.quote(subBody(value)) + " }" : JsonText.quote(value);
    }

    /** Whether a property value must be written as {@code Fn::Sub} to reach CloudFormation unchanged. */
    public static boolean needsSub(String value) {
        return value.contains("${");
    }

    /** The {@code Fn::Sub} body that deploys as exactly {@code value}: every {@code ${} as {@code ${!}. */
    public static String subBody(String value) {
        return value.replace("${", "${!");
    }

    /** The variable of {@link #dollarBody}: it stands for a {@code $}. */
    public static final String DOLLAR = "Dollar";

    /**
     * The body of an {@code Fn::Sub} whose variable {@link #DOLLAR} is {@code "$"} and that deploys
     * as exactly {@code value}: every {@code ${} written as {@code ${Dollar}{}. Unlike the
     * {@code ${!} form it has a variable, so cfn-lint does not call the Fn::Sub unneeded (W1020).
     */
    public static String dollarBody(String value) {
        return value.replace("${", "${" + DOLLAR + "}{");
    }

    /** Free text for YAML (a description): no intrinsic function allowed, so {@code ${} is shown as {@code ${!}. */
    public static String yamlText(String value) {
        return YamlText.quote(literal(value));
    }

    /** Free text for JSON (a description). */
    public static String jsonText(String value) {
        return JsonText.quote(literal(value));
    }

    /** The text with every {@code ${} that is not already {@code ${!} written as {@code ${!}. */
    public static String literal(String value) {
        return value.replaceAll("\\$\\{(?!!)", "\\${!");
    }
}
