package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys made of several values read like an expert's and say when they cannot keep an order. */
class CompositeKeyTests {

    private static Model model(String attributes, String pattern) {
        ModelReader.Result result = ModelReader.parse("""
                {"format": "keysmith-model/1", "name": "Keys", "entities": [
                  {"name": "Store", "attributes": [
                    {"name": "storeId", "type": "string", "identifier": true}, %s]}],
                 "accessPatterns": [%s]}
                """.formatted(attributes, pattern));
        assertThat(result.errors()).isEmpty();
        return result.model();
    }

    private static List<String> keyTemplates(Design design) {
        return design.tables().get(0).items().stream().flatMap(i -> i.keys().values().stream()).toList();
    }

    private static List<String> keyOrderWarnings(Design design) {
        return design.warnings().stream().filter(w -> w.code().equals("key-order")).map(Warning::message).toList();
    }

    @Test
    void aPartitionKeyOfSeveralAttributesPairsEachLabelWithItsValue() {
        Design design = DesignEngine.design(model("""
                {"name": "country", "type": "string"}, {"name": "state", "type": "string"}""", """
                {"id": "AP1", "name": "Stores of a state", "type": "read", "entity": "Store",
                 "where": [{"attribute": "country", "op": "="}, {"attribute": "state", "op": "="}]}"""));

        assertThat(keyTemplates(design)).contains("STORE#COUNTRY#{country}#STATE#{state}")
                .doesNotContain("STORE#COUNTRY#STATE#{country}#{state}");
        assertThat(design.accessPatterns().get(0).keyCondition().values())
                .anyMatch(c -> "STORE#COUNTRY#{country}#STATE#{state}".equals(c.value()));
    }

    @Test
    void aSignedNumberInAPaddedSortKeyKeepsItsOrderAndOnlyADeclaredValueWiderThanThePaddingIsWarnedAbout() {
        String pattern = """
                {"id": "AP1", "name": "Stores of a region by rating", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "rating", "op": ">="}]}""";
        Design signed = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "rating", "type": "number", "values": [-2.5, 0, 4.5]}""",
                pattern));
        Design huge = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "rating", "type": "number", "values": [1, 12345678901]}""",
                pattern));

        assertThat(keyTemplates(signed)).anyMatch(k -> k.contains("{rating:0" + Keys.NUMBER_PAD + "}"));
        assertThat(keyOrderWarnings(signed)).isEmpty();
        assertThat(keyOrderWarnings(huge)).singleElement().asString().contains("rating", "more");
    }

    @Test
    void freeTextFollowedByATiebreakerInTheSortKeyIsWarnedAboutWhenItsOrderIsAskedFor() {
        String prefix = """
                {"id": "AP1", "name": "Stores of a region by name", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "name", "op": "begins_with"}]""";
        String pattern = prefix + ", \"orderBy\": {\"attribute\": \"name\", \"direction\": \"asc\"}}";
        Design text = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "name", "type": "string"}""", pattern));
        Design word = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "name", "type": "string", "format": "username"}""",
                pattern));
        // a prefix selects exactly the names that start with it, whatever follows them in the key
        Design unordered = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "name", "type": "string"}""",
                prefix + "}"));

        assertThat(keyOrderWarnings(text)).singleElement().asString().contains("Smith Jr", "storeId");
        assertThat(keyOrderWarnings(word)).isEmpty();
        assertThat(unordered.accessPatterns().get(0).keyCondition().values()).anyMatch(c -> "begins_with".equals(c.op()));
        assertThat(keyOrderWarnings(unordered)).isEmpty();
    }

    @Test
    void aRangeUpToTheEndOfAnEntitysKeysIsClosedByTheCharacterAfterTheSeparator() {
        Design design = DesignEngine.design(model("""
                {"name": "region", "type": "string"}, {"name": "openedAt", "type": "datetime"}""", """
                {"id": "AP1", "name": "Stores of a region opened since", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "openedAt", "op": ">="}]}"""));

        // "STORE#~" missed sort keys whose values start with a character above '~' (any non-ASCII text)
        assertThat(design.accessPatterns().get(0).keyCondition().values())
                .anyMatch(c -> c.value() instanceof List<?> bounds && "STORE$".equals(bounds.get(1)));
    }

    @Test
    void aStrictRangeOnAValueThatEndsTheSortKeyIsFilteredOnTheValueInsteadOfWarnedAbout() {
        Design design = DesignEngine.design(model("""
                {"name": "region", "type": "string", "identifier": true}""", """
                {"id": "AP1", "name": "Stores of a region before an id", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "storeId", "op": "<"}]}"""));

        // the key condition's bounds are inclusive: the filter drops the store equal to the bound
        assertThat(keyOrderWarnings(design)).isEmpty();
        PatternPlan plan = plan(design, "AP1");
        assertThat(plan.filterExpression()).isEqualTo("#storeId < :storeId");
        assertThat(plan.verdict()).contains("filtered on storeId itself").contains("equal to the bound");
    }

    @Test
    void anIndexOrderedByFreeTextEndsInItAndAKeyGrownLaterStillServesTheEarlierPatternsByPrefix() {
        String attributes = """
                {"name": "region", "type": "string"}, {"name": "name", "type": "string"},
                {"name": "openedAt", "type": "datetime"}""";
        String byId = """
                {"id": "AP1", "name": "A store", "type": "read", "entity": "Store",
                 "where": [{"attribute": "storeId", "op": "="}]}""";
        String byName = """
                {"id": "AP2", "name": "Stores of a region by name", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}], "orderBy": {"attribute": "name", "direction": "asc"}}""";
        String named = """
                {"id": "AP3", "name": "Stores of a region with a name", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "name", "op": "="}], "returns": "many"}""";
        String namedNewest = """
                {"id": "AP4", "name": "Stores of a region with a name, newest first", "type": "read", "entity": "Store",
                 "where": [{"attribute": "region", "op": "="}, {"attribute": "name", "op": "="}],
                 "orderBy": {"attribute": "openedAt", "direction": "desc"}}""";

        Design ordered = DesignEngine.design(model(attributes, String.join(",", byId, byName, named)));
        // an index key need not be unique: no "#{storeId}" after the name, which would sort "Smith Jr" before "Smith"
        assertThat(keyTemplates(ordered)).contains("STORE#{name}").doesNotContain("STORE#{name}#{storeId}");
        assertThat(keyOrderWarnings(ordered)).isEmpty();
        assertThat(plan(ordered, "AP3").keyCondition().values())
                .anyMatch(c -> "=".equals(c.op()) && "STORE#{name}".equals(c.value()));
        assertThat(plan(ordered, "AP3").verdict()).contains("the items of one sort key value").doesNotContain("one item");

        Design grown = DesignEngine.design(model(attributes, String.join(",", byId, byName, named, namedNewest)));
        assertThat(keyTemplates(grown)).contains("STORE#{name}#{openedAt}#{storeId}");
        // AP3 was served by the whole key before AP4 grew it: its plan now reads the name's prefix
        assertThat(plan(grown, "AP3").keyCondition().values())
                .anyMatch(c -> "begins_with".equals(c.op()) && "STORE#{name}#".equals(c.value()));
        assertThat(keyOrderWarnings(grown)).singleElement().asString().startsWith("AP2 ");
    }

    private static PatternPlan plan(Design design, String id) {
        return design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
