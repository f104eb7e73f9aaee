package io.keysmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidatorTests {

    private static List<String> errors(String json) {
        return ModelReader.parse(json).errors().stream().map(Problem::toString).toList();
    }

    @Test
    void theFixtureIsValid() {
        assertThat(ModelReader.parse(Fixtures.SHOP).problems()).isEmpty();
    }

    @Test
    void valueWeightsMustGiveOneWeightPerValue() {
        assertThat(ModelReader.parse(Fixtures.SHOP.replace("\"values\": [\"PLACED\", \"SHIPPED\"]",
                "\"values\": [\"PLACED\", \"SHIPPED\"], \"weights\": [90, 10]")).problems()).isEmpty();
        assertThat(errors(Fixtures.SHOP.replace("\"values\": [\"PLACED\", \"SHIPPED\"]",
                "\"values\": [\"PLACED\", \"SHIPPED\"], \"weights\": [90]")))
                .anyMatch(e -> e.contains(".weights: has 1 entries but \"values\" has 2"));
    }

    @Test
    void anUpdateThatChangesNothingIsAnErrorNotADesignFailure() {
        String json = Fixtures.SHOP.replace("{ \"id\": \"AP3\", \"name\": \"Place an order\", \"type\": \"create\", \"entity\": \"Order\" }",
                "{ \"id\": \"AP3\", \"name\": \"Cancel an order\", \"type\": \"update\", \"entity\": \"Order\","
                        + " \"where\": [ { \"attribute\": \"orderId\", \"op\": \"=\" } ] }");
        assertThat(errors(json)).containsExactly("accessPatterns[2].set: an update must name the attributes it changes in set");
    }

    @Test
    void anUnknownAttributeInAConditionNamesThePatternAndEntity() {
        assertThat(errors(Fixtures.SHOP.replace("\"attribute\": \"orderDate\", \"op\": \"between\"",
                "\"attribute\": \"orderDat\", \"op\": \"between\"")))
                .containsExactly("accessPatterns[1].where[1].attribute: \"orderDat\" is not an attribute of Order"
                        + " (did you mean \"orderDate\"?)");
    }

    @Test
    void anUnknownEntityIsReportedWhereverItIsNamed() {
        assertThat(errors(Fixtures.SHOP.replace("\"entity\": \"Customer\"", "\"entity\": \"Client\"")
                .replace("\"from\": \"Customer\"", "\"from\": \"Custmer\"")))
                .containsExactlyInAnyOrder(
                        "relationships[0].from: \"Custmer\" is not an entity of the model (did you mean \"Customer\"?)",
                        "accessPatterns[0].entity: \"Client\" is not an entity of the model");
    }

    @Test
    void duplicateEntityAttributeAndPatternNamesAreErrors() {
        String json = Fixtures.SHOP
                .replace("\"name\": \"Order\"", "\"name\": \"Customer\"")
                .replace("{ \"name\": \"email\"", "{ \"name\": \"customerId\"")
                .replace("\"id\": \"AP2\"", "\"id\": \"AP1\"");
        assertThat(errors(json)).contains(
                "entities[1].name: \"Customer\" is defined twice",
                "entities[0].attributes[1].name: \"customerId\" is defined twice in Customer",
                "accessPatterns[1].id: \"AP1\" is used by another access pattern");
    }

    @Test
    void moreThanOneRangeConditionIsAnError() {
        String json = Fixtures.SHOP.replace("{ \"attribute\": \"customerId\", \"op\": \"=\" }, { \"attribute\": \"orderDate\"",
                "{ \"attribute\": \"status\", \"op\": \">\" }, { \"attribute\": \"orderDate\"");
        assertThat(errors(json)).singleElement().asString()
                .startsWith("accessPatterns[1].where: has 2 range conditions; a key condition allows at most one");
    }

    @Test
    void relationshipsToMissingEntitiesAndMissingForeignKeysAreErrors() {
        String json = Fixtures.SHOP.replace("\"foreignKey\": \"customerId\" }",
                "\"foreignKey\": \"buyerId\" }, { \"from\": \"Order\", \"to\": \"Invoice\", \"cardinality\": \"one-to-one\" }");
        assertThat(errors(json)).containsExactlyInAnyOrder(
                "relationships[0].foreignKey: \"buyerId\" is not an attribute of Order",
                "relationships[1].to: \"Invoice\" is not an entity of the model");
    }

    @Test
    void aDefaultForeignKeyMustExistOnTheChild() {
        String json = Fixtures.SHOP.replace(", \"foreignKey\": \"customerId\"", "")
                .replace("{ \"name\": \"customerId\", \"type\": \"string\" },", "");
        assertThat(errors(json)).contains("relationships[0].foreignKey: Order has no attribute \"customerId\" "
                + "(the identifier of Customer); add it or name the foreign key");
    }

    @Test
    void anEntityWithoutIdentifierIsAnError() {
        String json = Fixtures.SHOP.replace("{ \"name\": \"orderId\", \"type\": \"string\", \"identifier\": true }",
                "{ \"name\": \"orderId\", \"type\": \"string\" }");
        assertThat(errors(json)).containsExactly("entities[1].attributes: Order has no identifier; mark the attribute(s) "
                + "that identify one item with \"identifier\": true");
    }

    @Test
    void entityAndAttributeNamesThatWouldBreakKeysAreRejected() {
        String json = Fixtures.SHOP.replace("\"name\": \"Customer\"", "\"name\": \"Cust omer\"")
                .replace("\"name\": \"email\"", "\"name\": \"e{mail}\\n\"");
        assertThat(errors(json)).contains(
                "entities[0].name: \"Cust omer\" is not a valid entity name (a letter, then letters, digits or '_')",
                "entities[0].attributes[1].name: \"e{mail}\\n\" contains '{'; attribute names may not contain control"
                        + " characters, '{', '}' or '#'");
    }

    @Test
    void includesMustNameRelatedEntities() {
        String json = Fixtures.SHOP.replace("\"where\": [ { \"attribute\": \"customerId\", \"op\": \"=\" } ] }",
                "\"where\": [ { \"attribute\": \"customerId\", \"op\": \"=\" } ], \"include\": [\"Order\", \"Customer\", \"Nope\"] }");
        assertThat(errors(json)).containsExactlyInAnyOrder(
                "accessPatterns[0].include[1]: Customer is not related to Customer; add a relationship between them",
                "accessPatterns[0].include[2]: \"Nope\" is not an entity of the model");
    }

    @Test
    void constantsMustFitTheAttributeType() {
        String json = Fixtures.SHOP.replace("{ \"attribute\": \"orderDate\", \"op\": \"between\" }",
                "{ \"attribute\": \"orderDate\", \"op\": \"between\" }], \"filter\": [{ \"attribute\": \"status\", \"op\": \"=\", \"value\": 3 }");
        assertThat(errors(json)).containsExactly("accessPatterns[1].filter[0].value: \"3\" is not a string like status");
    }

    @Test
    void aWrongFormatVersionAndInvalidTableNameAreErrors() {
        String json = Fixtures.SHOP.replace("keysmith-model/1", "keysmith-model/9")
                .replace("\"name\": \"Shop\",", "\"name\": \"Shop\", \"settings\": {\"tableName\": \"my table\"},");
        assertThat(errors(json)).containsExactlyInAnyOrder(
                "format: \"keysmith-model/9\" is not a supported format; expected \"keysmith-model/1\"",
                "settings.tableName: \"my table\" is not a valid DynamoDB table name (3-255 letters, digits, '_', '-', '.')");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String json = Fixtures.SHOP.replace("\"orderDate\", \"op\": \"between\"", "\"when\", \"op\": \"between\"")
                .replace("\"entity\": \"Customer\"", "\"entity\": \"Nobody\"")
                .replace("\"direction\": \"desc\"", "\"direction\": \"down\"");
        assertThat(ModelReader.parse(json).errors()).hasSize(1); // shape errors stop before semantic checks
        String fixedDirection = json.replace("\"direction\": \"down\"", "\"direction\": \"desc\"");
        assertThat(errors(fixedDirection)).hasSize(2);
    }
}
