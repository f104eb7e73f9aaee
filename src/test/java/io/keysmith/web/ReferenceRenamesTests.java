package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Renaming in the editor keeps every reference valid: the renamed model has no new problems. */
class ReferenceRenamesTests {

    private static final String SHOP = """
            {"format": "keysmith-model/1", "name": "Shop",
             "entities": [
               {"name": "Customer", "attributes": [
                 {"name": "customerId", "type": "string", "identifier": true},
                 {"name": "email", "type": "string", "unique": true}]},
               {"name": "Order", "ttl": "expiresAt", "attributes": [
                 {"name": "orderId", "type": "string", "identifier": true},
                 {"name": "customerId", "type": "string"},
                 {"name": "placedAt", "type": "datetime"},
                 {"name": "status", "type": "string"},
                 {"name": "expiresAt", "type": "number"}]}],
             "relationships": [{"from": "Customer", "to": "Order", "cardinality": "one-to-many"}],
             "accessPatterns": [
               {"id": "AP1", "name": "Customer with orders", "type": "read", "entity": "Customer",
                "where": [{"attribute": "customerId", "op": "="}], "include": ["Order"]},
               {"id": "AP2", "name": "Open orders of a customer", "type": "read", "entity": "Order",
                "where": [{"attribute": "customerId", "op": "="}, {"attribute": "placedAt", "op": ">="}],
                "filter": [{"attribute": "status", "op": "=", "value": "OPEN"}],
                "orderBy": {"attribute": "placedAt", "direction": "desc"}},
               {"id": "AP3", "name": "Change status", "type": "update", "entity": "Order",
                "where": [{"attribute": "orderId", "op": "="}], "set": ["status"]}]}
            """;

    private static ObjectNode shop() {
        assertThat(ModelReader.parse(SHOP).problems()).isEmpty();
        return (ObjectNode) ModelJson.parseTree(SHOP);
    }

    private static Model valid(ObjectNode doc) {
        ModelReader.Result result = ModelReader.parse(ModelJson.write(doc));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @Test
    void renamingAnEntityRenamesItInRelationshipsPatternsAndIncludes() {
        ObjectNode doc = shop();
        ReferenceRenames.entity(doc, "Order", "Purchase");
        JsonPaths.setText(doc, "entities[1]", "name", "Purchase");

        Model model = valid(doc);
        assertThat(model.relationships().get(0).to()).isEqualTo("Purchase");
        assertThat(model.accessPatterns()).extracting(AccessPattern::entity)
                .containsExactly("Customer", "Purchase", "Purchase");
        assertThat(model.accessPatterns().get(0).include()).containsExactly("Purchase");
    }

    @Test
    void renamingAnAttributeRenamesItInConditionsFilterSortSetAndTtl() {
        ObjectNode doc = shop();
        ReferenceRenames.attribute(doc, "Order", "placedAt", "orderedAt");
        JsonPaths.setText(doc, "entities[1].attributes[2]", "name", "orderedAt");
        ReferenceRenames.attribute(doc, "Order", "status", "state");
        JsonPaths.setText(doc, "entities[1].attributes[3]", "name", "state");
        ReferenceRenames.attribute(doc, "Order", "expiresAt", "expiry");
        JsonPaths.setText(doc, "entities[1].attributes[4]", "name", "expiry");

        Model model = valid(doc);
        AccessPattern ap2 = model.accessPatterns().get(1);
        assertThat(ap2.where().get(1).attribute()).isEqualTo("orderedAt");
        assertThat(ap2.orderBy().attribute()).isEqualTo("orderedAt");
        assertThat(ap2.filter().get(0).attribute()).isEqualTo("state");
        assertThat(model.accessPatterns().get(2).set()).containsExactly("state");
        assertThat(model.entities().get(1).ttl()).isEqualTo("expiry");
    }

    @Test
    void anAttributeOfTheSameNameInAnotherEntityIsLeftAlone() {
        ObjectNode doc = shop();
        ReferenceRenames.attribute(doc, "Order", "customerId", "buyerId");
        JsonPaths.setText(doc, "entities[1].attributes[1]", "name", "buyerId");

        Model model = valid(doc);
        assertThat(model.accessPatterns().get(0).where().get(0).attribute()).isEqualTo("customerId");
        assertThat(model.accessPatterns().get(1).where().get(0).attribute()).isEqualTo("buyerId");
        // the relationship found its foreign key by name; it now names the renamed attribute
        assertThat(model.relationships().get(0).foreignKey()).containsExactly("buyerId");
    }

    @Test
    void renamingTheParentIdentifierKeepsTheChildLinkedByItsOldName() {
        ObjectNode doc = shop();
        ReferenceRenames.attribute(doc, "Customer", "customerId", "id");
        JsonPaths.setText(doc, "entities[0].attributes[0]", "name", "id");

        Model model = valid(doc);
        assertThat(model.accessPatterns().get(0).where().get(0).attribute()).isEqualTo("id");
        assertThat(model.relationships().get(0).foreignKey()).containsExactly("customerId");
    }

    @Test
    void aBlankOrUnchangedNameChangesNothing() {
        ObjectNode doc = shop();
        ReferenceRenames.entity(doc, "Order", " ");
        ReferenceRenames.attribute(doc, "Order", "status", "status");
        assertThat(ModelJson.write(doc)).isEqualTo(ModelJson.write(shop()));
    }
}
