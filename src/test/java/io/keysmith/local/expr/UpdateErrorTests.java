package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.assertRefused;
import static io.keysmith.local.expr.Values.bool;
import static io.keysmith.local.expr.Values.item;
import static io.keysmith.local.expr.Values.l;
import static io.keysmith.local.expr.Values.m;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.ns;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.ss;
import static io.keysmith.local.expr.Values.values;

import io.keysmith.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateErrorTests {

    private static void refused(String message, String expression, Object... values) {
        assertRefused(message, () -> Expressions.update(expression, values(values)));
    }

    private static void refusedOn(Map<String, Value> item, String message, String expression, Object... values) {
        Update update = Expressions.update(expression, values(values));
        assertRefused(message, () -> update.apply(item));
    }

    @Test
    void syntaxErrorsAreReported() {
        refused("Invalid UpdateExpression: The expression can not be empty;", "");
        refused("Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"", "INVALID SYNTAX HERE");
        refused("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"", "SET");
        refused("Invalid UpdateExpression: Syntax error; token: \"REMOVE\", near: \", REMOVE b\"", "SET a = :v, REMOVE b", ":v", n("1"));
        refused("Invalid UpdateExpression: Syntax error; token: \"b\", near: \"a b\"", "ADD a b");
        refused("Invalid UpdateExpression: Syntax error; token: \"+\", near: \"c + :v\"", "SET a = b + c + :v", ":v", n("1"));
    }

    @Test
    void eachSectionMayAppearOnce() {
        refused("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;", "SET a = :v set b = :v", ":v", n("1"));
        refused("Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update expression;", "REMOVE a SET b = :v REMOVE c", ":v", n("1"));
    }

    @Test
    void overlappingAndConflictingPathsAreRefused() {
        refused("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
                "SET a = :v REMOVE a.b", ":v", n("1"));
        refused("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
                "SET a = :v, a = :v", ":v", n("1"));
        refused("Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]",
                "SET a.b = :v, a[0] = :v", ":v", n("1"));
    }

    @Test
    void reservedWordsUndefinedNamesAndUnknownFunctionsAreRefused() {
        refused("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: count", "SET count = :v", ":v", n("1"));
        refused("Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v", "SET a = :v");
        refused("Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #a", "REMOVE #a");
        refused("Invalid UpdateExpression: Invalid function name; function: foo", "SET a = foo(b)");
        refused("Invalid UpdateExpression: The function is not allowed in an update expression; function: size", "SET a = size(b)");
    }

    @Test
    void functionOperandsKnownWhenParsingAreChecked() {
        refused("Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
                "SET a = if_not_exists(c)");
        refused("Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists",
                "SET a = if_not_exists(:v, c)", ":v", n("1"));
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
                "SET a = list_append(:v, a)", ":v", s("x"));
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S",
                "SET a = a + :v", ":v", s("x"));
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: -, operand type: L",
                "SET a = :v - a", ":v", l());
    }

    @Test
    void addAndDeleteTakeOnlyNumbersAndSets() {
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING", "ADD a :v", ":v", s("x"));
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: MAP", "ADD a :v", ":v", m());
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER", "DELETE a :v", ":v", n("1"));
        refused("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: BOOLEAN", "DELETE a :v", ":v", bool(true));
    }

    @Test
    void arithmeticOnAMissingAttributeFailsWhenApplied() {
        refusedOn(item(), "The provided expression refers to an attribute that does not exist in the item", "SET a = a + :v", ":v", n("1"));
        refusedOn(item(), "The provided expression refers to an attribute that does not exist in the item", "SET a = b");
        refusedOn(item("l", l()), "The provided expression refers to an attribute that does not exist in the item", "SET l = list_append(l, nope)");
    }

    @Test
    void operandsOfTheWrongTypeFailWhenApplied() {
        Map<String, Value> item = item("s", s("x"), "n", n("1"), "ss", ss("a"), "ns", ns("1"), "l", l());
        String wrong = "An operand in the update expression has an incorrect data type";
        refusedOn(item, wrong, "SET a = s + :v", ":v", n("1"));
        refusedOn(item, wrong, "SET a = list_append(l, n)");
        refusedOn(item, wrong, "ADD s :v", ":v", n("1"));
        refusedOn(item, wrong, "ADD ns :v", ":v", n("1"));
        refusedOn(item, wrong, "ADD ss :v", ":v", ns("1"));
        refusedOn(item, wrong, "DELETE n :v", ":v", ns("1"));
        refusedOn(item, wrong, "DELETE ss :v", ":v", ns("1"));
    }

    @Test
    void pathsThroughMissingOrWrongParentsAreInvalidForUpdate() {
        Map<String, Value> item = item("s", s("x"), "m", m("k", n("1")), "l", l(s("a")));
        String invalid = "The document path provided in the update expression is invalid for update";
        refusedOn(item, invalid, "SET nope.a = :v", ":v", n("1"));
        refusedOn(item, invalid, "SET s.a = :v", ":v", n("1"));
        refusedOn(item, invalid, "SET m[0] = :v", ":v", n("1"));
        refusedOn(item, invalid, "SET l.a = :v", ":v", n("1"));
        refusedOn(item, invalid, "SET l[3].a = :v", ":v", n("1"));
        refusedOn(item, invalid, "REMOVE nope.a");
        refusedOn(item, invalid, "ADD m.x.y :v", ":v", n("1"));
        refusedOn(item, invalid, "DELETE s.a :v", ":v", ss("a"));
    }

    @Test
    void arithmeticResultsFollowTheNumberRules() {
        refusedOn(item("a", n("9E+125")),
                "Number overflow. Attempting to store a number with magnitude larger than supported range", "ADD a :v", ":v", n("9E+125"));
        refusedOn(item("a", n("1E+30")),
                "Attempting to store more than 38 significant digits in a Number", "SET a = a + :v", ":v", n("0.000000001"));
    }
}
