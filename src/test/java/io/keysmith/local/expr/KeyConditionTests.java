package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.assertRefused;
import static io.keysmith.local.expr.Values.b;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.ss;
import static io.keysmith.local.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.local.expr.KeyCondition.Op;
import io.keysmith.local.expr.KeyCondition.SortCondition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyConditionTests {

    private static final List<String> PK = List.of("pk");
    private static final List<String> SK = List.of("sk");

    private static KeyCondition parse(String expression, Object... values) {
        return Expressions.keyCondition(expression, values(values), PK, SK);
    }

    private static void refused(String message, String expression, Object... values) {
        assertRefused(message, () -> parse(expression, values));
    }

    @Test
    void aPartitionKeyEqualityAloneHasNoSortCondition() {
        KeyCondition kc = parse("pk = :p", ":p", s("a"));
        assertThat(kc.hashValues()).containsExactly(s("a"));
        assertThat(kc.sortEquals()).isEmpty();
        assertThat(kc.sort()).isNull();
    }

    @Test
    void eachSortOperatorIsRead() {
        assertThat(parse("pk = :p AND sk = :s", ":p", s("a"), ":s", n("1")).sort()).isEqualTo(new SortCondition(Op.EQ, n("1"), null));
        assertThat(parse("pk = :p AND sk < :s", ":p", s("a"), ":s", n("1")).sort().op()).isEqualTo(Op.LT);
        assertThat(parse("pk = :p AND sk <= :s", ":p", s("a"), ":s", n("1")).sort().op()).isEqualTo(Op.LE);
        assertThat(parse("pk = :p AND sk > :s", ":p", s("a"), ":s", n("1")).sort().op()).isEqualTo(Op.GT);
        assertThat(parse("pk = :p AND sk >= :s", ":p", s("a"), ":s", n("1")).sort().op()).isEqualTo(Op.GE);
        assertThat(parse("pk = :p AND sk BETWEEN :a AND :b", ":p", s("a"), ":a", n("1"), ":b", n("2")).sort())
                .isEqualTo(new SortCondition(Op.BETWEEN, n("1"), n("2")));
        assertThat(parse("pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", s("x")).sort())
                .isEqualTo(new SortCondition(Op.BEGINS_WITH, s("x"), null));
        assertThat(parse("pk = :p AND begins_with(sk, :s)", ":p", s("a"), ":s", b(1)).sort().op()).isEqualTo(Op.BEGINS_WITH);
    }

    @Test
    void aValueBeforeTheAttributeFlipsTheComparison() {
        KeyCondition kc = parse(":s < sk AND :p = pk", ":p", s("a"), ":s", n("1"));
        assertThat(kc.hashValues()).containsExactly(s("a"));
        assertThat(kc.sort()).isEqualTo(new SortCondition(Op.GT, n("1"), null));
    }

    @Test
    void namesParenthesesAndAnyOrderAreAccepted() {
        KeyCondition kc = Expressions.keyCondition("(#s >= :s) and (#p = :p)", input(Map.of("#p", "pk", "#s", "sk"), ":p", s("a"), ":s", s("b")), PK, SK);
        assertThat(kc.hashValues()).containsExactly(s("a"));
        assertThat(kc.sort().op()).isEqualTo(Op.GE);
    }

    @Test
    void aMissingPartitionKeyIsRefused() {
        refused("Query condition missed key schema element: pk", "sk = :s", ":s", n("1"));
        refused("Query condition missed key schema element: pk", "attr1 = :s", ":s", n("1"));
    }

    @Test
    void aConditionOnANonKeyAttributeIsRefused() {
        refused("Query condition missed key schema element: sk", "pk = :p AND attr1 = :s", ":p", s("a"), ":s", n("1"));
        assertRefused("Query key condition not supported",
                () -> Expressions.keyCondition("pk = :p AND attr1 = :s", values(":p", s("a"), ":s", n("1")), PK, List.of()));
        refused("Conditions can be of length 1 or 2 only", "pk = :p AND sk = :s AND attr1 = :s", ":p", s("a"), ":s", n("1"));
    }

    @Test
    void thePartitionKeyNeedsEquality() {
        refused("Query key condition not supported", "pk > :p", ":p", s("a"));
        refused("Query key condition not supported", "begins_with(pk, :p)", ":p", s("a"));
    }

    @Test
    void operatorsAQueryCannotUseAreRefused() {
        refused("Invalid operator used in KeyConditionExpression: OR", "pk = :p OR sk = :p", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: NOT", "NOT pk = :p", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: IN", "pk IN (:p)", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: <>", "pk <> :p", ":p", s("a"));
        refused("Invalid operator used in KeyConditionExpression: attribute_exists", "attribute_exists(pk)");
        refused("Invalid operator used in KeyConditionExpression: contains", "pk = :p AND contains(sk, :p)", ":p", s("a"));
    }

    @Test
    void conditionsMustNameExactlyOneTopLevelKeyAttribute() {
        refused("KeyConditionExpressions cannot contain nested operations", "pk = :p AND size(sk) > :n", ":p", s("a"), ":n", n("1"));
        refused("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition", "pk = sk");
        refused("KeyConditionExpressions cannot have conditions on nested attributes", "pk.a = :p", ":p", s("a"));
        refused("Invalid condition in KeyConditionExpression: No key attribute specified", ":p = :p", ":p", s("a"));
        refused("KeyConditionExpressions must only contain one condition per key", "pk = :p AND sk > :s AND sk < :s", ":p", s("a"), ":s", n("1"));
        refused("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
                "pk = :p AND begins_with(:p, sk)", ":p", s("a"));
    }

    @Test
    void keyValuesMustBeScalars() {
        refused("One or more parameter values were invalid: Condition parameter type does not match schema type", "pk = :p", ":p", ss("a"));
    }

    @Test
    void syntaxAndValueErrorsNameTheKeyConditionClause() {
        refused("Invalid KeyConditionExpression: The expression can not be empty;", "");
        refused("Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"pk\"", "pk");
        refused("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
                "pk = :p AND begins_with(sk, :n)", ":p", s("a"), ":n", n("1"));
        refused("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                + "lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}",
                "pk = :p AND sk BETWEEN :b AND :a", ":p", s("a"), ":a", n("1"), ":b", n("2"));
    }

    @Test
    void aMultiAttributeKeyTakesEqualitiesThenOneFinalCondition() {
        List<String> hash = List.of("h1", "h2");
        List<String> range = List.of("r1", "r2", "r3");
        ExpressionInput in = values(":a", s("a"), ":b", s("b"), ":c", n("1"), ":d", n("2"));
        KeyCondition kc = Expressions.keyCondition("h2 = :b AND h1 = :a AND r1 = :c AND r2 > :d", in, hash, range);
        assertThat(kc.hashValues()).containsExactly(s("a"), s("b"));
        assertThat(kc.sortEquals()).containsExactly(n("1"));
        assertThat(kc.sort()).isEqualTo(new SortCondition(Op.GT, n("2"), null));

        KeyCondition equalities = Expressions.keyCondition("h1 = :a AND h2 = :b AND r1 = :c AND r2 = :d",
                values(":a", s("a"), ":b", s("b"), ":c", n("1"), ":d", n("2")), hash, range);
        assertThat(equalities.sortEquals()).containsExactly(n("1"), n("2"));
        assertThat(equalities.sort()).isNull();
    }

    @Test
    void aMultiAttributeKeyRefusesGapsAndConditionsAfterARange() {
        List<String> hash = List.of("h1", "h2");
        List<String> range = List.of("r1", "r2");
        assertRefused("Query condition missed key schema element: h2",
                () -> Expressions.keyCondition("h1 = :a", values(":a", s("a")), hash, range));
        assertRefused("Query condition missed key schema element: r1",
                () -> Expressions.keyCondition("h1 = :a AND h2 = :a AND r2 = :a", values(":a", s("a")), hash, range));
        assertRefused("Query key condition not supported",
                () -> Expressions.keyCondition("h1 = :a AND h2 = :a AND r1 > :a AND r2 = :a", values(":a", s("a")), hash, range));
    }
}
