package io.keysmith.local.expr;

import static io.keysmith.local.expr.Values.b;
import static io.keysmith.local.expr.Values.bool;
import static io.keysmith.local.expr.Values.bs;
import static io.keysmith.local.expr.Values.item;
import static io.keysmith.local.expr.Values.input;
import static io.keysmith.local.expr.Values.l;
import static io.keysmith.local.expr.Values.m;
import static io.keysmith.local.expr.Values.n;
import static io.keysmith.local.expr.Values.ns;
import static io.keysmith.local.expr.Values.nul;
import static io.keysmith.local.expr.Values.s;
import static io.keysmith.local.expr.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.local.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTests {

    private static final Map<String, Value> ITEM = item(
            "name", s("apple"),
            "qty", n("10"),
            "price", n("2.5"),
            "bin", b(1, 2, 3),
            "tags", ss("red", "green"),
            "scores", ns("1", "2"),
            "blobs", bs(b(1), b(2)),
            "lst", l(s("x"), n("1"), m("k", s("v"))),
            "doc", m("mid", m("deep", n("7")), "arr", l(n("10"), n("20"))),
            "flag", bool(true),
            "nothing", nul());

    private static boolean test(String expression, Object... values) {
        Object[] pairs = values;
        return Expressions.condition(expression, input(Map.of("#n", "name"), pairs), "ConditionExpression").test(ITEM);
    }

    @Test
    void equalityComparesValuesOfTheSameTypeDeeply() {
        assertThat(test("qty = :v", ":v", n("10.0"))).isTrue();
        assertThat(test("qty = :v", ":v", s("10"))).isFalse();
        assertThat(test("tags = :v", ":v", ss("green", "red"))).isTrue();
        assertThat(test("doc = :v", ":v", m("mid", m("deep", n("7")), "arr", l(n("10"), n("20"))))).isTrue();
        assertThat(test("lst = :v", ":v", l(s("x"), n("1"), m("k", s("v"))))).isTrue();
        assertThat(test("flag = :v", ":v", bool(true))).isTrue();
        assertThat(test("nothing = :v", ":v", nul())).isTrue();
    }

    @Test
    void notEqualIsTrueForADifferentTypeAndForAMissingAttribute() {
        assertThat(test("qty <> :v", ":v", n("10"))).isFalse();
        assertThat(test("qty <> :v", ":v", s("10"))).isTrue();
        assertThat(test("absent <> :v", ":v", n("10"))).isTrue();
    }

    @Test
    void orderingComparesNumbersNumericallyAndStringsAndBinariesByBytes() {
        assertThat(test("qty > :v", ":v", n("9"))).isTrue();
        assertThat(test("qty >= :v", ":v", n("10"))).isTrue();
        assertThat(test("qty < :v", ":v", n("100"))).isTrue();
        assertThat(test("qty <= :v", ":v", n("9.99"))).isFalse();
        assertThat(test("#n < :v", ":v", s("banana"))).isTrue();
        assertThat(test("#n > :v", ":v", s("Apple"))).isTrue();
        assertThat(test("bin < :v", ":v", b(1, 2, 4))).isTrue();
        assertThat(test("bin > :v", ":v", b(0xFF))).isFalse();
    }

    @Test
    void orderingBetweenDifferentTypesOrOnMissingAttributesIsFalseNotAnError() {
        assertThat(test("qty < :v", ":v", s("z"))).isFalse();
        assertThat(test("qty > :v", ":v", s("a"))).isFalse();
        assertThat(test("absent < :v", ":v", n("1"))).isFalse();
        assertThat(test("tags < :v", ":v", ss("z"))).isFalse();
        assertThat(test("flag >= :v", ":v", bool(true))).isFalse();
    }

    @Test
    void comparisonsCanCompareTwoAttributes() {
        assertThat(test("qty > price")).isTrue();
        assertThat(test("doc.arr[1] > qty")).isTrue();
    }

    @Test
    void betweenIsInclusiveAndFalseForOtherTypes() {
        assertThat(test("qty BETWEEN :a AND :b", ":a", n("10"), ":b", n("11"))).isTrue();
        assertThat(test("qty between :a and :b", ":a", n("1"), ":b", n("10"))).isTrue();
        assertThat(test("qty BETWEEN :a AND :b", ":a", n("11"), ":b", n("12"))).isFalse();
        assertThat(test("#n BETWEEN :a AND :b", ":a", s("a"), ":b", s("b"))).isTrue();
        assertThat(test("qty BETWEEN :a AND :b", ":a", s("a"), ":b", s("b"))).isFalse();
        assertThat(test("absent BETWEEN :a AND :b", ":a", n("1"), ":b", n("2"))).isFalse();
    }

    @Test
    void inMatchesAnyCandidate() {
        assertThat(test("qty IN (:a, :b)", ":a", n("1"), ":b", n("10"))).isTrue();
        assertThat(test("qty in (:a)", ":a", s("10"))).isFalse();
        assertThat(test("absent IN (:a)", ":a", n("1"))).isFalse();
        assertThat(test("tags IN (:a, :b)", ":a", ss("x"), ":b", ss("green", "red"))).isTrue();
    }

    @Test
    void attributeExistsAndNotExistsLookAtNestedPaths() {
        assertThat(test("attribute_exists(qty)")).isTrue();
        assertThat(test("attribute_exists(doc.mid.deep)")).isTrue();
        assertThat(test("attribute_exists(doc.arr[1])")).isTrue();
        assertThat(test("attribute_exists(doc.arr[2])")).isFalse();
        assertThat(test("attribute_exists(doc.nope.deep)")).isFalse();
        assertThat(test("attribute_exists(qty.part)")).isFalse();
        assertThat(test("attribute_not_exists(absent)")).isTrue();
        assertThat(test("attribute_not_exists(nothing)")).isFalse();
    }

    @Test
    void attributeTypeNamesTheWireType() {
        assertThat(test("attribute_type(qty, :t)", ":t", s("N"))).isTrue();
        assertThat(test("attribute_type(tags, :t)", ":t", s("SS"))).isTrue();
        assertThat(test("attribute_type(flag, :t)", ":t", s("BOOL"))).isTrue();
        assertThat(test("attribute_type(nothing, :t)", ":t", s("NULL"))).isTrue();
        assertThat(test("attribute_type(doc, :t)", ":t", s("L"))).isFalse();
        assertThat(test("attribute_type(absent, :t)", ":t", s("S"))).isFalse();
    }

    @Test
    void beginsWithWorksOnStringsAndBinaries() {
        assertThat(test("begins_with(#n, :p)", ":p", s("app"))).isTrue();
        assertThat(test("begins_with(#n, :p)", ":p", s("pp"))).isFalse();
        assertThat(test("begins_with(bin, :p)", ":p", b(1, 2))).isTrue();
        assertThat(test("begins_with(bin, :p)", ":p", b(2))).isFalse();
        assertThat(test("begins_with(bin, :p)", ":p", s("a"))).isFalse();
        assertThat(test("begins_with(absent, :p)", ":p", s("a"))).isFalse();
    }

    @Test
    void containsFindsSubstringsSetElementsAndListElements() {
        assertThat(test("contains(#n, :v)", ":v", s("ppl"))).isTrue();
        assertThat(test("contains(#n, :v)", ":v", s("x"))).isFalse();
        assertThat(test("contains(tags, :v)", ":v", s("red"))).isTrue();
        assertThat(test("contains(tags, :v)", ":v", s("re"))).isFalse();
        assertThat(test("contains(scores, :v)", ":v", n("2.0"))).isTrue();
        assertThat(test("contains(scores, :v)", ":v", s("2"))).isFalse();
        assertThat(test("contains(blobs, :v)", ":v", b(2))).isTrue();
        assertThat(test("contains(bin, :v)", ":v", b(2, 3))).isTrue();
        assertThat(test("contains(lst, :v)", ":v", n("1"))).isTrue();
        assertThat(test("contains(lst, :v)", ":v", m("k", s("v")))).isTrue();
        assertThat(test("contains(lst, :v)", ":v", s("1"))).isFalse();
        assertThat(test("contains(qty, :v)", ":v", n("1"))).isFalse();
        assertThat(test("contains(absent, :v)", ":v", s("a"))).isFalse();
    }

    @Test
    void containsCanTakeAnAttributeAsItsOperand() {
        Map<String, Value> item = item("tags", ss("a", "b"), "wanted", s("b"));
        assertThat(Expressions.condition("contains(tags, wanted)", Values.values(), "FilterExpression").test(item)).isTrue();
    }

    @Test
    void sizeCountsCharactersBytesAndElements() {
        assertThat(test("size(#n) = :v", ":v", n("5"))).isTrue();
        assertThat(test("size(bin) = :v", ":v", n("3"))).isTrue();
        assertThat(test("size(tags) = :v", ":v", n("2"))).isTrue();
        assertThat(test("size(lst) = :v", ":v", n("3"))).isTrue();
        assertThat(test("size(doc) = :v", ":v", n("2"))).isTrue();
        assertThat(test("size(doc.arr) > :v", ":v", n("1"))).isTrue();
        assertThat(test("size(absent) = :v", ":v", n("0"))).isFalse();
        assertThat(test("size(qty) = :v", ":v", n("2"))).isFalse();
    }

    @Test
    void sizeOfAStringCountsUtf16CodeUnits() {
        // Verified against DynamoDB by other emulators: size("é𝄞") is 3 (é, then a surrogate pair), not 6 UTF-8 bytes.
        Map<String, Value> item = item("s", s("é𝄞"));
        assertThat(Expressions.condition("size(s) = :n", Values.values(":n", n("3")), "ConditionExpression").test(item)).isTrue();
    }

    @Test
    void notAndOrFollowPrecedence() {
        // NOT binds tighter than AND, which binds tighter than OR.
        assertThat(test("qty = :a OR qty = :b AND qty = :c", ":a", n("10"), ":b", n("1"), ":c", n("2"))).isTrue();
        assertThat(test("(qty = :a OR qty = :b) AND qty = :c", ":a", n("10"), ":b", n("1"), ":c", n("2"))).isFalse();
        assertThat(test("NOT qty = :a AND qty = :b", ":a", n("1"), ":b", n("10"))).isTrue();
        assertThat(test("NOT (qty = :a AND qty = :b)", ":a", n("10"), ":b", n("10"))).isFalse();
        assertThat(test("not attribute_exists(absent) and attribute_exists(qty)")).isTrue();
        assertThat(test("NOT NOT attribute_exists(qty)")).isTrue();
    }

    @Test
    void betweenTakesItsOwnAndBeforeTheLogicalOne() {
        assertThat(test("qty BETWEEN :a AND :b AND #n = :c", ":a", n("1"), ":b", n("20"), ":c", s("apple"))).isTrue();
    }

    @Test
    void parenthesesMayWrapOperands() {
        assertThat(test("(qty) = :v", ":v", n("10"))).isTrue();
        assertThat(test("(size(tags)) = :v", ":v", n("2"))).isTrue();
        assertThat(test("(qty = :v)", ":v", n("10"))).isTrue();
        assertThat(test("(attribute_exists(qty) AND (qty = :v))", ":v", n("10"))).isTrue();
    }

    @Test
    void expressionAttributeNamesStandForNamesAnywhereInAPath() {
        Map<String, Value> item = item("status", m("a.b", l(m("c", n("1")))));
        ExpressionInput in = input(Map.of("#s", "status", "#k", "a.b"), ":v", n("1"));
        assertThat(Expressions.condition("#s.#k[0].c = :v", in, "ConditionExpression").test(item)).isTrue();
    }

    @Test
    void anAbsentItemFailsAttributeExistsAndPassesAttributeNotExists() {
        assertThat(Expressions.condition("attribute_exists(pk)", Values.values(), "ConditionExpression").test(Map.of())).isFalse();
        assertThat(Expressions.condition("attribute_not_exists(pk)", Values.values(), "ConditionExpression").test(Map.of())).isTrue();
    }
}
