package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Attribute;
import io.keysmith.model.Model;
import io.keysmith.workspace.Workspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keys typed right after the Enter that starts a new attribute, with no pause for the server to draw
 * the new row, all reach that row: none is lost, none lands in the attribute before.
 */
class TypeAheadTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aNameTypedRightAfterEnterKeepsEveryCharacter() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Typed right after Enter");
        model.addEntity("Room"); // the cursor is in its identifier, roomId
        page.waitForCondition(() -> model.hasFocus("entities[0].attributes[0].name"));

        page.keyboard().press("Enter");
        page.keyboard().type("createdAt");

        page.waitForCondition(() -> attributes("Typed right after Enter").equals(List.of("roomId", "createdAt")));
        assertThat(model.hasFocus("entities[0].attributes[1].name")).as("cursor in the new attribute").isTrue();
        assertThat(model.field("entities[0].attributes[1].name").locator("input").inputValue()).isEqualTo("createdAt");
        model.settle();
        screenshot("typed-right-after-enter");
    }

    @Test
    void namesTypedWithEnterBetweenThemAtFullSpeedEachGetARowOfTheirOwn() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Typed in one go");
        model.addEntity("Room");
        page.waitForCondition(() -> model.hasFocus("entities[0].attributes[0].name"));

        for (String name : new String[] {"createdAt", "updatedAt", "deletedAt"}) {
            page.keyboard().press("Enter");
            page.keyboard().type(name);
        }

        page.waitForCondition(() -> attributes("Typed in one go")
                .equals(List.of("roomId", "createdAt", "updatedAt", "deletedAt")));
        page.waitForCondition(() -> model.hasFocus("entities[0].attributes[3].name"));
        // the cursor is at the end of the last name: typing on adds to it
        page.keyboard().type("Time");
        page.waitForCondition(() -> attributes("Typed in one go")
                .equals(List.of("roomId", "createdAt", "updatedAt", "deletedAtTime")));
        model.settle();
        screenshot("typed-in-one-go");
    }

    /** The attribute names of the first entity of the saved model of that name. */
    private List<String> attributes(String modelName) {
        String id = workspace.names().entrySet().stream().filter(e -> e.getValue().equals(modelName))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Model saved = workspace.find(id).orElseThrow().read().model();
        return saved.entities().getFirst().attributes().stream().map(Attribute::name).toList();
    }
}
