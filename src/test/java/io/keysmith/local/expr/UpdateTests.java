package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.b;
import static io.keysmith.local.expr.Values.bs;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.item;
import static io.keysmith.local.expr.Values.l;
import static io.keysmith.local.expr.Values.m;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.ns;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.ss;
import static io.keysmith.local.expr.Values.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.local.value.Value;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateTests {

    private static Map<String, Value> apply(String expression, Map<String, Value> item, Object... values) {
        return Expressions.update(expression, values(values)).apply(item);
    }

    @Test
    void setWritesLiteralsAndAppendsNewAttributesAfterExistingOnes() {
        Map<String, Value> before = item("pk", s("k"), "a", n("1"));
        Map<String, Value> after = apply("SET b = :b, a = :a", before, ":a", s("x"), ":b", n("2"));
        assertThat(after).containsExactly(Map.entry("pk", s("k")), Map.entry("a", s("x")), Map.entry("b", n("2")));
        assertThat(before).containsExactly(Map.entry("pk", s("k")), Map.entry("a", n("1")));
    }

    @Test
    void setArithmeticAddsAndSubtractsNumbers() {
        Map<String, Value> item = item("a", n("10"), "b", n("0.5"));
        assertThat(apply("SET a = a + :n", item, ":n", n("5"))).containsEntry("a", n("15"));
        assertThat(apply("SET a = a - :n", item, ":n", n("15"))).containsEntry("a", n("-5"));
        assertThat(apply("SET c = a + b", item)).containsEntry("c", n("10.5"));
        assertThat(apply("set a = (:n + a)", item, ":n", n("1"))).containsEntry("a", n("11"));
    }

    @Test
    void everyOperandReadsTheItemBeforeTheUpdate() {
        Map<String, Value> item = item("a", n("1"), "b", n("2"));
        assertThat(apply("SET a = b, b = a", item)).containsEntry("a", n("2")).containsEntry("b", n("1"));
    }

    @Test
    void ifNotExistsKeepsAnExistingValue() {
        Map<String, Value> item = item("a", n("1"));
        assertThat(apply("SET a = if_not_exists(a, :v), b = if_not_exists(b, :v)", item, ":v", n("9")))
                .containsEntry("a", n("1")).containsEntry("b", n("9"));
        assertThat(apply("SET c = if_not_exists(c, :zero) + :one", item, ":zero", n("0"), ":one", n("1"))).containsEntry("c", n("1"));
    }

    @Test
    void listAppendConcatenatesInEitherOrder() {
        Map<String, Value> item = item("l", l(n("1"), n("2")));
        assertThat(apply("SET l = list_append(l, :v)", item, ":v", l(n("3")))).containsEntry("l", l(n("1"), n("2"), n("3")));
        assertThat(apply("SET l = list_append(:v, l)", item, ":v", l(n("0")))).containsEntry("l", l(n("0"), n("1"), n("2")));
        assertThat(apply("SET m = list_append(if_not_exists(m, :e), :v)", item, ":e", l(), ":v", l(s("x")))).containsEntry("m", l(s("x")));
    }

    @Test
    void setOfNestedPathsChangesOnlyThatPart() {
        Map<String, Value> item = item("m", m("a", n("1"), "l", l(s("x"), s("y"))));
        assertThat(apply("SET m.b = :v, m.l[1] = :v", item, ":v", s("z")))
                .containsEntry("m", m("a", n("1"), "l", l(s("x"), s("z")), "b", s("z")));
    }

    @Test
    void settingAListIndexPastTheEndAppends() {
        Map<String, Value> item = item("l", l(s("a"), s("b")));
        assertThat(apply("SET l[9] = :x, l[5] = :y", item, ":x", s("x"), ":y", s("y"))).containsEntry("l", l(s("a"), s("b"), s("y"), s("x")));
    }

    @Test
    void removeDeletesAttributesAndIgnoresMissingOnes() {
        Map<String, Value> item = item("a", n("1"), "b", n("2"), "m", m("x", n("1"), "y", n("2")));
        assertThat(apply("REMOVE a, nope, m.x, m.zz", item)).containsExactly(Map.entry("b", n("2")), Map.entry("m", m("y", n("2"))));
    }

    @Test
    void removingListElementsShiftsTheRestAndIndexesReferToTheListBefore() {
        Map<String, Value> item = item("l", l(s("a"), s("b"), s("c"), s("d")));
        assertThat(apply("REMOVE l[1]", item)).containsEntry("l", l(s("a"), s("c"), s("d")));
        // both indexes name elements of the original list, so c (originally [2]) goes, not d
        assertThat(apply("REMOVE l[1], l[2]", item)).containsEntry("l", l(s("a"), s("d")));
        assertThat(apply("REMOVE l[7]", item)).containsEntry("l", l(s("a"), s("b"), s("c"), s("d")));
        assertThat(apply("SET l[1] = :x REMOVE l[0]", item, ":x", s("x"))).containsEntry("l", l(s("x"), s("c"), s("d")));
    }

    @Test
    void addToANumberSumsAndStartsFromZero() {
        Map<String, Value> item = item("n", n("5"));
        assertThat(apply("ADD n :v", item, ":v", n("-7"))).containsEntry("n", n("-2"));
        assertThat(apply("ADD c :v", item, ":v", n("1"))).containsEntry("c", n("1"));
    }

    @Test
    void addToASetMakesTheUnionOrANewSet() {
        Map<String, Value> item = item("s", ss("a", "b"), "n", ns("1"), "b", bs(b(1)));
        assertThat(apply("ADD s :v", item, ":v", ss("b", "c"))).containsEntry("s", ss("a", "b", "c"));
        assertThat(apply("ADD n :v", item, ":v", ns("2"))).containsEntry("n", ns("1", "2"));
        assertThat(apply("ADD b :v", item, ":v", bs(b(2)))).containsEntry("b", bs(b(1), b(2)));
        assertThat(apply("ADD fresh :v", item, ":v", ss("x"))).containsEntry("fresh", ss("x"));
    }

    @Test
    void deleteRemovesElementsAndAnEmptiedSetDisappears() {
        Map<String, Value> item = item("s", ss("a", "b"), "n", ns("1", "2"));
        assertThat(apply("DELETE s :v", item, ":v", ss("a", "z"))).containsEntry("s", ss("b"));
        assertThat(apply("DELETE s :v, n :w", item, ":v", ss("a", "b"), ":w", ns("1"))).doesNotContainKey("s").containsEntry("n", ns("2"));
        assertThat(apply("DELETE nope :v", item, ":v", ss("a"))).isEqualTo(item);
    }

    @Test
    void clausesMayComeInAnyOrderAndKeywordsInAnyCase() {
        Map<String, Value> item = item("a", n("1"), "b", n("2"), "s", ss("x"));
        Map<String, Value> after = apply("delete s :s add a :one remove b set c = :one", item, ":s", ss("x"), ":one", n("1"));
        assertThat(after).containsExactly(Map.entry("a", n("2")), Map.entry("c", n("1")));
    }

    @Test
    void anUpdateOfAMissingItemBuildsANewOne() {
        assertThat(apply("SET a = :v ADD c :n", Map.of(), ":v", s("x"), ":n", n("3")))
                .containsExactly(Map.entry("a", s("x")), Map.entry("c", n("3")));
    }

    @Test
    void theInputItemIsNeverChanged() {
        Map<String, Value> item = new HashMap<>(item("m", m("l", l(n("1"))), "s", ss("a")));
        Map<String, Value> copy = Map.copyOf(item);
        apply("SET m.l[0] = :v, m.x = :v REMOVE s", item, ":v", n("2"));
        assertThat(item).isEqualTo(copy);
    }

    @Test
    void topLevelAttributesAreThoseWrittenOrRemoved() {
        Update update = Expressions.update("SET a.b = c, #d = :v REMOVE e[0] ADD f :n",
                input(Map.of("#d", "d"), ":v", s("x"), ":n", n("1")));
        assertThat(update.topLevelAttributes()).containsExactly("a", "d", "e", "f");
    }
}
