package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Problems are placed by the names the user gave, not by the JSON path the validator writes. */
class ProblemPlacesTests {

    private final JsonNode hotel = hotel();

    @Test
    void aPatternsProblemNamesItsIdAndName() {
        assertThat(ProblemPlaces.sentence(hotel, Problem.error("accessPatterns[1].entity", "\"Reservaton\" is not an entity")))
                .isEqualTo("AP2 Cancel reservation · entity: \"Reservaton\" is not an entity");
        assertThat(ProblemPlaces.place(hotel, "accessPatterns[0].where[0].attribute")).isEqualTo("AP1 Get a guest · key condition 1 attribute");
        assertThat(ProblemPlaces.place(hotel, "accessPatterns[0].orderBy.attribute")).isEqualTo("AP1 Get a guest · order by attribute");
    }

    @Test
    void anAttributesProblemNamesItsEntityAndAttribute() {
        assertThat(ProblemPlaces.place(hotel, "entities[0].attributes[2].values[1]")).isEqualTo("Guest.status · allowed values 2");
        assertThat(ProblemPlaces.place(hotel, "entities[2].ttl")).isEqualTo("Reservation · expiry (TTL) attribute");
    }

    @Test
    void aRelationshipsProblemNamesBothEnds() {
        assertThat(ProblemPlaces.place(hotel, "relationships[0].foreignKey")).isEqualTo("Relationship Guest → Reservation · foreign key");
    }

    @Test
    void aWarningSaysSoAndALocationOutsideTheModelIsShownAsItIs() {
        assertThat(ProblemPlaces.sentence(hotel, Problem.warning("accessPatterns[0].name", "is missing")))
                .isEqualTo("Warning: AP1 Get a guest · name: is missing");
        assertThat(ProblemPlaces.place(hotel, "line 4, column 7")).isEqualTo("line 4, column 7");
        assertThat(ProblemPlaces.place(hotel, "accessPatterns[9].entity")).isEqualTo("Access pattern 10 · entity");
        assertThat(ProblemPlaces.place(hotel, "settings.tableName")).isEqualTo("Settings · table name");
    }

    private static JsonNode hotel() {
        try {
            return ModelJson.parseTree(Files.readString(Path.of("src/test/resources/web/hotel.model.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
