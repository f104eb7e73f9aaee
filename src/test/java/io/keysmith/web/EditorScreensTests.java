package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model editors on a laptop (1366x768) and a wide screen (1920x1080): a new model says what to
 * do and offers its "Add" buttons without scrolling, and the editors of a sample model, light and
 * dark, are saved as {@code target/screenshots/fields-*.png} for people to look at.
 */
class EditorScreensTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aNewModelOffersAddEntityAndAddAccessPatternWithoutScrollingOnALaptopAndAWideScreen() {
        context.setDefaultTimeout(30_000);
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Empty hotel");
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            page.setViewportSize(size[0], size[1]);
            model.openTab("Entities");
            assertThat(page.locator("#entities-empty").innerText()).contains("No entities yet");
            assertOnScreen(page.locator("#add-entity"), size[1]);
            assertOnScreen(page.locator("#add-first-entity"), size[1]);
            screenshot("fields-empty-entities-" + size[0]);
            model.openTab("Access patterns");
            assertOnScreen(page.locator("#add-access-pattern"), size[1]);
            assertThat(page.locator("#accessPatterns-empty").innerText()).contains("Add an entity first");
        }
        page.setViewportSize(1366, 768);
        model.openTab("Entities");
        model.addEntity("Guest");
        model.openTab("Access patterns");
        assertOnScreen(page.locator("#add-first-access-pattern"), 768);
        page.locator("#add-first-access-pattern").click();
        model.settle();
        assertThat(model.field("accessPatterns[0].where[0].attribute").innerText()).contains("guestId");
    }

    @Test
    void theEditorsOfASampleModelAreShotOnALaptopAndAWideScreenInLightAndDark() throws IOException {
        context.setDefaultTimeout(30_000);
        String id = workspace.importModel("hotel-screens.json",
                Files.readString(Path.of("src/test/resources/web/hotel.model.json")).replace("\"Hotel\"", "\"Hotel screens\""));
        try {
            ModelPage model = ModelPage.open(page, baseUrl(), id);
            for (String theme : new String[] {"light", "dark"}) {
                if (theme.equals("dark")) {
                    page.locator("#theme-toggle").click();
                    page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));
                }
                for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
                    page.setViewportSize(size[0], size[1]);
                    String suffix = size[0] + "-" + theme;
                    model.openTab("Entities");
                    model.select("entities", "Guest");
                    model.settle();
                    if (!page.getByLabel("More of status").getAttribute("aria-expanded").equals("true")) {
                        page.getByLabel("More of status").click();
                    }
                    screenshot("fields-entities-" + suffix);
                    assertThat(PageLayout.cutOff(page)).isEmpty();
                    model.openTab("Relationships");
                    screenshot("fields-relationships-" + suffix);
                    assertThat(PageLayout.cutOff(page)).isEmpty();
                    model.openTab("Access patterns");
                    model.select("accessPatterns", "Cancel reservation");
                    model.settle();
                    screenshot("fields-patterns-update-" + suffix);
                    model.select("accessPatterns", "Get a guest");
                    model.settle();
                    screenshot("fields-patterns-read-" + suffix);
                    assertThat(PageLayout.cutOff(page)).isEmpty();
                }
            }
        } finally {
            workspace.delete(id);
        }
    }

    private static void assertOnScreen(Locator button, int viewportHeight) {
        button.waitFor();
        var box = button.boundingBox();
        assertThat(box.y + box.height).as("bottom of %s", button).isLessThanOrEqualTo(viewportHeight);
        assertThat(box.y).isGreaterThanOrEqualTo(0);
    }
}
