package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.assertRefused;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.item;
import static io.keysmith.local.expr.Values.l;
import static io.keysmith.local.expr.Values.m;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionTests {

    private static final Map<String, Value> ITEM = item(
            "pk", s("k"),
            "a", n("1"),
            "m", m("x", n("1"), "y", m("z", s("deep"), "w", s("other"))),
            "l", l(s("l0"), m("k", s("v"), "j", s("u")), s("l2"), s("l3")));

    private static Map<String, Value> project(String expression) {
        return Expressions.projection(expression, values()).apply(ITEM);
    }

    @Test
    void topLevelNamesPickAttributesAndSkipMissingOnes() {
        assertThat(project("pk, a, nope")).containsExactly(Map.entry("pk", s("k")), Map.entry("a", n("1")));
    }

    @Test
    void nestedPathsKeepTheirStructure() {
        assertThat(project("m.y.z")).containsExactly(Map.entry("m", m("y", m("z", s("deep")))));
        assertThat(project("m.x, m.y.w")).containsExactly(Map.entry("m", m("x", n("1"), "y", m("w", s("other")))));
        assertThat(project("m.nope, m.x.y")).isEmpty();
    }

    @Test
    void listIndexesSelectElementsInOrderAndCompactTheList() {
        // DynamoDB returns the selected elements as a shorter list, in index order.
        assertThat(project("l[3], l[0]")).containsExactly(Map.entry("l", l(s("l0"), s("l3"))));
        assertThat(project("l[1].k")).containsExactly(Map.entry("l", l(m("k", s("v")))));
        assertThat(project("l[9]")).isEmpty();
    }

    @Test
    void namesMayBeAliased() {
        Projection p = Expressions.projection("#s, m.#x", input(Map.of("#s", "status", "#x", "x")));
        assertThat(p.apply(item("status", s("on"), "m", m("x", n("1"))))).containsExactly(Map.entry("status", s("on")), Map.entry("m", m("x", n("1"))));
        assertThat(p.topLevelAttributes()).containsExactly("status", "m");
    }

    @Test
    void overlappingConflictingReservedAndBrokenPathsAreRefused() {
        assertRefused("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m], path two: [m, x]",
                () -> project("m, m.x"));
        assertRefused("Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [l, [0]], path two: [l, k]",
                () -> project("l[0], l.k"));
        assertRefused("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name", () -> project("pk, name"));
        assertRefused("Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"", () -> project("!!! INVALID !!!"));
        assertRefused("Invalid ProjectionExpression: The expression can not be empty;", () -> project(""));
        assertRefused("Invalid ProjectionExpression: An expression attribute name used in the document path is not defined; attribute name: #a",
                () -> project("#a"));
    }
}
