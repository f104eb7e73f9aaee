package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which new errors refuse a field's edit: its own, its container's, a sibling's same field; not others. */
class FieldRefusalTests {

    private static final Problem TWICE = Problem.error("entities[0].name", "\"Order\" is defined twice");

    @Test
    void aNameDefinedTwiceRefusesTheEditOfEitherSibling() {
        assertThat(FieldRefusal.reasons("entities[1].name", List.of(), List.of(TWICE)))
                .containsExactly("\"Order\" is defined twice");
    }

    @Test
    void anErrorAboutTheContainingListRefusesAConditionsEdit() {
        Problem ranges = Problem.error("accessPatterns[0].where", "has 2 range conditions");
        assertThat(FieldRefusal.reasons("accessPatterns[0].where[1].op", List.of(), List.of(ranges))).hasSize(1);
    }

    @Test
    void anErrorAboutOneValueOfAListRefusesTheFieldHoldingTheList() {
        Problem value = Problem.error("entities[0].attributes[2].values[1]", "\"soon\" is not a number");
        assertThat(FieldRefusal.reasons("entities[0].attributes[2].values", List.of(), List.of(value))).hasSize(1);
    }

    @Test
    void errorsElsewhereWarningsAndOldErrorsDoNotRefuse() {
        Problem elsewhere = Problem.error("accessPatterns[0].entity", "\"User\" is not an entity");
        Problem warning = Problem.warning("entities[0].name", "looks odd");
        assertThat(FieldRefusal.reasons("entities[0].name", List.of(TWICE), List.of(TWICE, elsewhere, warning))).isEmpty();
        assertThat(FieldRefusal.reasons("entities[0].attributes[1].name", List.of(), List.of(TWICE))).isEmpty();
    }
}
