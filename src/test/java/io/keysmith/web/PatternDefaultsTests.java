package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A pattern's conditions follow its entity, and new patterns get an id no other pattern uses. */
class PatternDefaultsTests {

    @Test
    void aNewPatternsIdIsTheNextFreeOne() throws IOException {
        ObjectNode doc = hotel();
        ArrayNode patterns = (ArrayNode) doc.get("accessPatterns");
        assertThat(PatternDefaults.nextId(patterns)).isEqualTo("AP3");
        patterns.remove(0); // AP2 is left: the next is not AP2 again
        assertThat(PatternDefaults.nextId(patterns)).isEqualTo("AP3");
    }

    @Test
    void movingAPatternToAnotherEntityDropsTheOldAttributesAndLooksTheNewEntityUpById() throws IOException {
        ObjectNode doc = hotel();
        ObjectNode ap1 = (ObjectNode) JsonPaths.get(doc, "accessPatterns[0]");
        ap1.putObject("orderBy").put("attribute", "email").put("direction", "asc");
        ap1.putArray("include").add("Room");
        PatternDefaults.follow(doc, "accessPatterns[0]", "Room");
        ap1.put("entity", "Room");

        assertThat(ModelJson.write(ap1)).doesNotContain("guestId").doesNotContain("orderBy").doesNotContain("include");
        assertThat(JsonPaths.text(doc, "accessPatterns[0].where[0].attribute")).isEqualTo("roomId");
        assertThat(ModelReader.parse(ModelJson.write(doc)).problems()).isEmpty();
    }

    @Test
    void conditionsOnAttributesTheNewEntityAlsoHasAreKept() throws IOException {
        ObjectNode doc = hotel();
        // Guest's "guestId" is also an attribute of Reservation (its foreign key)
        PatternDefaults.follow(doc, "accessPatterns[0]", "Reservation");
        assertThat(JsonPaths.text(doc, "accessPatterns[0].where[0].attribute")).isEqualTo("guestId");
        assertThat(JsonPaths.array(doc, "accessPatterns[0].where")).hasSize(1);
    }

    @Test
    void aCreateHasNoKeyConditionsAndAPatternThatStopsBeingOneLooksItsEntityUpById() throws IOException {
        ObjectNode doc = hotel();
        ObjectNode ap1 = (ObjectNode) JsonPaths.get(doc, "accessPatterns[0]");
        PatternDefaults.followType(doc, "accessPatterns[0]", "create");
        ap1.put("type", "create");
        assertThat(ap1.has("where")).isFalse();
        assertThat(ModelReader.parse(ModelJson.write(doc)).problems()).isEmpty();

        PatternDefaults.followType(doc, "accessPatterns[0]", "delete");
        ap1.put("type", "delete");
        assertThat(JsonPaths.text(doc, "accessPatterns[0].where[0].attribute")).isEqualTo("guestId");
        // an update keeps the conditions it has
        ap1.putArray("where").addObject().put("attribute", "email").put("op", "=");
        PatternDefaults.followType(doc, "accessPatterns[0]", "update");
        assertThat(JsonPaths.text(doc, "accessPatterns[0].where[0].attribute")).isEqualTo("email");
    }

    private static ObjectNode hotel() throws IOException {
        return (ObjectNode) ModelJson.parseTree(Files.readString(Path.of("src/test/resources/web/hotel.model.json")));
    }
}
