package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A new relationship joins the next parent and child the attributes already link, then falls back to the first two entities. */
class RelationshipDefaultsTests {

    @Test
    void eachNewRelationshipJoinsTheNextParentWhoseIdentifierAChildHolds() throws IOException {
        ObjectNode doc = hotel();
        ArrayNode relationships = doc.putArray("relationships");
        for (int i = 0; i < 5; i++) {
            RelationshipDefaults.suggest(doc, relationships.addObject());
        }
        assertThat(relationships.valueStream().map(r -> r.get("from").asString() + "->" + r.get("to").asString()).toList())
                .containsExactly("Hotel->Room", "Hotel->Reservation", "Room->Reservation", "Guest->Reservation",
                        "Reservation->Payment");
        assertThat(relationships.get(0).get("cardinality").asString()).isEqualTo("one-to-many");
        assertThat(relationships.get(0).has("foreignKey")).isFalse(); // the format's default names the attribute already
    }

    @Test
    void withNoUnrelatedLinkLeftItStartsFromTheFirstTwoEntities() throws IOException {
        ObjectNode doc = hotel();
        ArrayNode relationships = doc.putArray("relationships");
        // a relationship written the other way round already joins the pair
        relationships.addObject().put("from", "Room").put("to", "Hotel").put("cardinality", "one-to-one");
        ObjectNode next = relationships.addObject();
        RelationshipDefaults.suggest(doc, next);
        assertThat(next.get("from").asString() + "->" + next.get("to").asString()).isEqualTo("Hotel->Reservation");

        ObjectNode plain = (ObjectNode) ModelJson.parseTree("""
                {"entities": [{"name": "A", "attributes": [{"name": "aId", "identifier": true}]},
                              {"name": "B", "attributes": [{"name": "bId", "identifier": true}]}]}""");
        ObjectNode first = plain.putArray("relationships").addObject();
        RelationshipDefaults.suggest(plain, first);
        assertThat(first.get("from").asString() + "->" + first.get("to").asString()).isEqualTo("A->B");
    }

    private static ObjectNode hotel() throws IOException {
        return (ObjectNode) ModelJson.parseTree(Files.readString(Path.of("src/test/resources/web/hotel-reservations.model.json")));
    }
}
