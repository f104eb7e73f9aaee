package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.assertRefused;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.l;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionErrorTests {

    private static void refused(String message, String expression, Object... values) {
        assertRefused(message, () -> Expressions.condition(expression, values(values), "ConditionExpression"));
    }

    @Test
    void anEmptyExpressionIsRefused() {
        refused("Invalid ConditionExpression: The expression can not be empty;", "");
        assertRefused("Invalid FilterExpression: The expression can not be empty;",
                () -> Expressions.condition("", values(), "FilterExpression"));
    }

    @Test
    void syntaxErrorsQuoteTheTokenAndTheSourceAroundIt() {
        refused("Invalid ConditionExpression: Syntax error; token: \"-\", near: \"a-b\"", "a-b");
        // DynamoDB: a bare attribute is not a condition ("NOT #flag" fails at the end of the expression).
        refused("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"flag\"", "NOT flag");
        refused("Invalid ConditionExpression: Syntax error; token: \"AND\", near: \"a AND b\"", "a AND b = :v", ":v", n("1"));
        refused("Invalid ConditionExpression: Syntax error; token: \")\", near: \"()\"", "contains()");
        refused("Invalid ConditionExpression: Syntax error; token: \"4\", near: \"> 4\"", "a > 4");
        refused("Invalid ConditionExpression: Syntax error; token: \"!\", near: \"!!\"", "!!! x");
        refused("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"b = c\"", "a = b = c");
        refused("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"", "a =");
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(Expressions.condition("a = :v oR NoT a bEtWeEn :v and :v", values(":v", n("1")), "ConditionExpression")
                .test(Map.of("a", n("1")))).isTrue();
    }

    @Test
    void undefinedNamesAndValuesAreRefused() {
        refused("Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :x", "a = :x");
        refused("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #x", "#x = :v", ":v", n("1"));
        assertRefused("Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: #b",
                () -> Expressions.condition("#a.#b = :v", input(Map.of("#a", "a"), ":v", n("1")), "FilterExpression"));
    }

    @Test
    void reservedWordsMustBeAliased() {
        refused("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status", "status = :v", ":v", s("x"));
        refused("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name", "a.Name = :v", ":v", s("x"));
        assertThat(Expressions.condition("#s = :v", input(Map.of("#s", "status"), ":v", s("x")), "ConditionExpression")
                .test(Map.of("status", s("x")))).isTrue();
    }

    @Test
    void unknownFunctionsAreRefused() {
        assertRefused("Invalid FilterExpression: Invalid function name; function: foo",
                () -> Expressions.condition("foo(a)", values(), "FilterExpression"));
        // function names are case-sensitive
        refused("Invalid ConditionExpression: Invalid function name; function: Size", "Size(a) > :v", ":v", n("1"));
    }

    @Test
    void functionsNeedTheirNumberOfOperands() {
        refused("Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
                "begins_with(a)");
        refused("Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
                "attribute_exists(a, b)");
    }

    @Test
    void onlySizeCanBeAnOperandAndSizeCannotBeACondition() {
        refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists",
                "attribute_exists(a) = :v", ":v", n("1"));
        refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size", "size(a)");
        refused("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: contains",
                "size(contains(a, b)) > :v", ":v", n("1"));
    }

    @Test
    void functionOperandTypesKnownWhenParsingAreChecked() {
        refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                "begins_with(a, :v)", ":v", n("1"));
        refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N",
                "size(:v) > :v", ":v", n("1"));
        refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
                "attribute_type(a, :v)", ":v", n("1"));
        refused("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}",
                "attribute_type(a, b)");
        refused("Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
                "attribute_type(a, :t)", ":t", s("STRING"));
        refused("Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists",
                "attribute_exists(:v)", ":v", n("1"));
    }

    @Test
    void betweenBoundsMustShareATypeAndBeInOrder() {
        refused("Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; "
                + "lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}",
                "x BETWEEN :b AND :a", ":a", s("a"), ":b", n("1"));
        refused("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                + "lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}",
                "x BETWEEN :b AND :a", ":a", s("a"), ":b", s("b"));
    }

    @Test
    void theFirstOperandMustDifferFromTheSecond() {
        refused("Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, [0]]",
                "a[0] = a[0]");
    }

    @Test
    void redundantParenthesesAreRefused() {
        refused("Invalid ConditionExpression: The expression has redundant parentheses;", "((a = :v))", ":v", n("1"));
        refused("Invalid ConditionExpression: The expression has redundant parentheses;", "((a)) = :v", ":v", n("1"));
    }

    @Test
    void inTakesAtMostOneHundredOperands() {
        StringBuilder list = new StringBuilder(":v");
        for (int i = 1; i < 101; i++) {
            list.append(", :v");
        }
        refused("Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101",
                "a IN (" + list + ")", ":v", n("1"));
        assertThat(Expressions.condition("a IN (" + list.substring(4) + ")", values(":v", n("1")), "ConditionExpression")
                .test(Map.of("a", n("1")))).isTrue();
    }

    @Test
    void anExpressionOverFourKilobytesIsRefused() {
        String expression = "a = :v" + " AND a = :v".repeat(372);
        assertThat(expression.length()).isEqualTo(4098);
        refused("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4098", expression, ":v", n("1"));
    }

    @Test
    void listIndexesMustBeNumbers() {
        refused("Invalid ConditionExpression: Syntax error; token: \"x\", near: \"[x]\"", "a[x] = :v", ":v", l());
    }
}
