package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the hotel journey as a user takes them on the model screen, each followed by a look at
 * the design beside the editor: it must be a new one, and typed text must reach it with the cursor still
 * in the field.
 */
final class HotelJourney {

    private final ModelPage model;
    private int designs;
    private int errorsShown;
    private int entities;
    private int patterns;

    HotelJourney(ModelPage model) {
        this.model = model;
    }

    int designsSeen() {
        return designs;
    }

    /** Adds an entity by name, then types its attributes after the identifier, Enter starting each next one. */
    void entity(String name, String... attributes) {
        edit(() -> model.addEntity(name));
        String at = "entities[" + entities++ + "]";
        for (int i = 0; i < attributes.length; i++) {
            String attribute = at + ".attributes[" + (i + 1) + "]";
            String previous = at + ".attributes[" + i + "]";
            assertThat(model.hasFocus(previous + ".name")).as("cursor in " + previous).isTrue();
            edit(() -> model.press("Enter"));
            typed(attribute + ".name", attributes[i]);
        }
    }

    /** Adds an access pattern and types its name into the name field, where the cursor is. */
    void pattern(String name) {
        edit(() -> model.click("add-access-pattern"));
        String at = "accessPatterns[" + patterns++ + "]";
        typed(at + ".name", name);
    }

    void choose(String location, String option) {
        edit(() -> model.choose(location, option));
    }

    /**
     * Takes one step and waits until the design it makes is on screen, or, when the step leaves the model
     * with an error (an update before it names what it changes), until the design says so.
     */
    void edit(Runnable step) {
        String before = model.designVersion();
        step.run();
        if ("ready".equals(model.waitForDesignAfter(before))) {
            designs++;
        } else {
            errorsShown++;
        }
    }

    /** How many steps left the model with an error, which the design showed instead of a new design. */
    int errorsShown() {
        return errorsShown;
    }

    /** Types a value and sees the new design while the cursor is still in the field. */
    private void typed(String location, String value) {
        assertThat(model.hasFocus(location)).as("cursor in " + location + " before typing").isTrue();
        edit(() -> model.type(location, value));
        assertThat(model.hasFocus(location)).as("cursor still in " + location + " once the design changed").isTrue();
    }
}
