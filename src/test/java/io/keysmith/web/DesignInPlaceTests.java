package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An edit sends the browser only what it changed: the design's parts the edit left alone stay the same
 * elements (nothing jumps, little to send while typing), and a form in a tab not shown is not drawn again.
 */
class DesignInPlaceTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aRateTypedIntoAPatternKeepsTheKeyTablesAndTheHiddenEntityFormAndMarksTheChangedPlan() throws IOException {
        page.setViewportSize(1920, 1080);
        String id = workspace.importModel("in-place.json", Files.readString(Path.of("sample-models", "online-shop.json"))
                .replace("\"name\": \"Online shop\"", "\"name\": \"In-place shop\""));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        page.locator("#design[data-state=ready]").waitFor();
        model.settle();
        // the entity form was shown first; tag it and the key table as they are now
        page.evaluate("""
                () => { document.querySelector('#design .ks-key-templates').__kept = true;
                        document.querySelector('[data-location="entities[0].name"]').__kept = true; }""");
        model.openTab("Access patterns");
        String before = page.locator("#design").getAttribute("data-version");

        model.fill("accessPatterns[0].rate", "1234");
        page.waitForCondition(() -> !before.equals(page.locator("#design").getAttribute("data-version")));
        model.settle();

        // a rate changes the plan's cost, not a key: the key table is the same element, the plan is marked
        assertThat(page.evaluate("() => document.querySelector('#design .ks-key-templates').__kept === true")).isEqualTo(true);
        assertThat(page.locator("#plans td[part~=ks-fresh]").count()).isPositive();
        // the entity form, hidden in its tab, was not drawn again for an edit made elsewhere
        assertThat(page.evaluate("() => document.querySelector('[data-location=\"entities[0].name\"]')?.__kept === true"))
                .isEqualTo(true);
        model.openTab("Entities");
        assertThat(model.field("entities[0].name").locator("input").inputValue()).isEqualTo("Customer");
        workspace.delete(id);
    }
}
