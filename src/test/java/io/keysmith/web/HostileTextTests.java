package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text that looks like HTML, script or a template, typed into names and descriptions, is shown
 * as text on every tab and never runs; very long text wraps without widening the page.
 */
class HostileTextTests extends BrowserTest {

    private static final String IMG = "<img src=x onerror=\"window.__pwned=1;alert(1)\">";
    private static final String SCRIPT = "<script>window.__pwned=2;alert(2)</script>";
    private static final String TEMPLATES = "${7*7} {{7*7}} \"double\" 'single' & </textarea>";
    private static final String LONG = "Supercalifragilistic".repeat(15);

    @Autowired
    Workspace workspace;

    @Test
    void hostileNamesAndDescriptionsAreShownLiterallyOnEveryTabAndNothingRuns() throws IOException {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        String id = workspace.importModel("hostile.json", Files.readString(Path.of("src/test/resources/web/forms.model.json")));
        ModelPage model = ModelPage.open(page, baseUrl(), id);

        String modelName = "Shop " + SCRIPT + " " + TEMPLATES + " " + LONG;
        String attribute = IMG;
        String patternName = SCRIPT + " " + TEMPLATES;
        model.fill("entities[0].description", IMG + LONG);
        model.fill("entities[0].attributes[2].name", attribute);
        model.fill("entities[0].name", IMG);
        assertThat(model.errorMessage("entities[0].name")).contains("not a valid entity name").contains("<img src=x");
        model.openTab("Access patterns");
        model.fill("accessPatterns[0].name", patternName);
        model.fill("accessPatterns[0].notes", LONG + " " + IMG);
        model.openTab("Settings");
        model.fill("name", modelName);
        model.fill("description", SCRIPT + LONG);
        page.waitForCondition(() -> model.title().equals(modelName));
        assertThat(workspace.find(id).orElseThrow().read().ok()).isTrue();
        assertFitsTheWindow("settings");

        model.openTab("Design");
        assertThat(model.planIds()).contains("AP1", "AP2");
        assertThat(page.locator("#design").innerText()).contains(attribute);
        assertFitsTheWindow("design");
        screenshot("hostile-text-design");

        model.openTab("Diagram");
        page.locator("#diagram-image g.entity").first().waitFor();
        // a name that broke the SVG's escaping would leave elements of its own in the drawing
        assertThat(page.locator("#diagram-image img, #diagram-image script, #diagram-image foreignObject").count()).isZero();
        assertFitsTheWindow("diagram");

        model.openTab("Learn");
        assertThat(model.learnPosition()).startsWith("Step 1 of ");
        assertFitsTheWindow("learn");

        model.openTab("Export");
        String review = model.export("design review");
        // the review is Markdown, escaped for Markdown; the preview shows that source, entities and all, as text
        assertThat(review).contains("# Design review: Shop &lt;script&gt;window.").contains("{{7\\*7}}").doesNotContain("49");
        assertFitsTheWindow("export");
        screenshot("hostile-text-export");

        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        assertThat(list.cellTexts()).contains(modelName);
        assertFitsTheWindow("workspace");

        assertThat(dialogs).isEmpty();
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("img[src=x]").count()).isZero();
        workspace.delete(id); // the workspace is shared by every browser test
    }

    /** Nothing ran, no element came from the text, and nothing sticks out of the window. */
    private void assertFitsTheWindow(String where) {
        assertThat(page.evaluate("() => window.__pwned === undefined")).as("script ran on " + where).isEqualTo(true);
        assertThat(page.locator("img[src=x], script:has-text('__pwned')").count()).as("element injected on " + where).isZero();
        assertThat(PageLayout.scrollsSideways(page)).as("horizontal scroll bar on " + where).isFalse();
        assertThat(PageLayout.cutOff(page)).as("cut off on " + where).isEmpty();
    }
}
