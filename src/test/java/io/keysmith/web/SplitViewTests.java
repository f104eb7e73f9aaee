package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model screen on a wide monitor puts the design beside the editor and follows the typing; on a
 * laptop the design is a tab. The design reads at a glance: patterns by name, each entity's keys.
 */
class SplitViewTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @org.junit.jupiter.api.BeforeEach
    void patience() {
        context.setDefaultTimeout(45_000); // the shared build machine can be slow; the tests wait on conditions, never on time
    }

    @Test
    void theDesignStandsBesideTheEditorOnAWideWindowAndIsATabOnALaptop() {
        page.setViewportSize(1920, 1080);
        ModelPage model = WorkspacePage.open(page, baseUrl()).openModel("Online shop");
        page.locator("#model-body[data-layout=split]").waitFor();
        model.planIds();
        var editor = page.locator("#entities-list").boundingBox();
        var design = page.locator("#design").boundingBox();
        assertThat(design.x).isGreaterThan(editor.x + editor.width + 400); // beside, not below
        assertThat(design.y).isLessThan(400);
        assertThat(design.x + design.width).isLessThanOrEqualTo(1920);
        assertThat(designTab().count()).isZero();
        assertThat(PageLayout.scrollsSideways(page)).isFalse();
        assertThat(PageLayout.cutOff(page)).isEmpty();

        page.setViewportSize(1366, 768);
        page.locator("#model-body[data-layout=tabs]").waitFor();
        assertThat(designTab().count()).isOne();
        assertThat(page.locator("#design").isVisible()).isFalse();
        model.openTab("Design");
        assertThat(model.planIds()).contains("AP1", "AP2");
        assertThat(PageLayout.scrollsSideways(page)).isFalse();
    }

    @Test
    void typingIntoAFieldChangesTheDesignWithoutLeavingTheFieldAndUndoTakesTheWordBackInOneStep() throws IOException {
        page.setViewportSize(1920, 1080);
        String id = workspace.importModel("typing.json", Files.readString(Path.of("sample-models", "online-shop.json"))
                .replace("\"name\": \"Online shop\"", "\"name\": \"Typing shop\""));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        assertThat(model.designKeyRow("Customer")).contains("CUSTOMER#{customerId}");
        String before = page.locator("#design").getAttribute("data-version");

        Locator input = model.field("entities[0].attributes[0].name").locator("input");
        input.selectText();
        input.pressSequentially("clientId", new Locator.PressSequentiallyOptions().setDelay(40));
        // no Tab, no blur: the design changes while the cursor is still in the field
        page.waitForCondition(() -> model.designKeyRow("Customer").contains("CUSTOMER#{clientId}"));
        assertThat((Boolean) input.evaluate("i => i.matches(':focus')")).isTrue();
        assertThat(page.locator("#design").getAttribute("data-version")).isNotEqualTo(before);
        // what changed is marked: the Customer row and the plans that address customers
        assertThat(page.locator("#design .ks-key-templates tr.ks-fresh[data-entity=Customer]").count()).isPositive();
        assertThat(page.locator("#plans td[part~=ks-fresh]").count()).isPositive();
        screenshot("split-typing-wide");

        input.press("Tab");
        model.undo();
        page.waitForCondition(() -> model.designKeyRow("Customer").contains("CUSTOMER#{customerId}"));
        assertThat(input.inputValue()).isEqualTo("customerId"); // not "clientI" or another half-typed name
        workspace.delete(id);
    }

    @Test
    void theDesignNamesEachPatternShowsEachEntitysKeysAndLinksThem() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).openModel("Online shop");
        model.openTab("Design");
        assertThat(model.planNames()).contains("Find a customer by email (sign-in)", "Get an order with its items");
        assertThat(model.designKeyRow("Customer")).contains("CUSTOMER#{customerId}", "CUSTOMER");
        assertThat(model.designKeyRow("Product")).contains("CATEGORY#{categoryId}"); // its index key, in the index's column
        assertThat(page.locator("#design .ks-key-templates th.ks-key-group").allInnerTexts()).contains("Table", "GSI1");

        // from an entity's keys to the plan of one of its patterns, and back
        page.locator("#design .ks-key-templates tr[data-entity=Order] .ks-link").filter(new Locator.FilterOptions().setHasText("AP5"))
                .first().click();
        page.waitForCondition(() -> page.locator("#plans tr[part~=selected-row]").count() > 0);
        assertThat(page.locator("#plans vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("AP5"))
                .first().isVisible()).isTrue();
        page.locator("#plans vaadin-grid-cell-content .ks-link").filter(new Locator.FilterOptions().setHasText("Order")).first().click();
        page.locator("#design .ks-key-templates tr.ks-flash[data-entity=Order]").waitFor();

        // items one column per attribute, and each index's own view
        Locator items = page.locator("#design-items vaadin-grid").first();
        assertThat(items.locator("vaadin-grid-sort-column, vaadin-grid-column").count()).isGreaterThan(5);
        assertThat(page.locator("#design-items vaadin-tab").allInnerTexts()).contains("Table", "GSI1 (GSI1PK / GSI1SK)");
        screenshot("design-at-a-glance");
    }

    @Test
    void aPatternChosenInTheEditorSelectsItsPlanAndAPlanLeadsBackToItsPattern() {
        page.setViewportSize(1920, 1080);
        ModelPage model = WorkspacePage.open(page, baseUrl()).openModel("Online shop");
        model.planIds();
        model.openTab("Access patterns");
        model.select("accessPatterns", "AP5");
        // the fifth plan's row is the selected one
        page.waitForCondition(() -> page.locator("#plans tr[part~=selected-row]").count() > 0
                && ((Number) page.locator("#plans tr[part~=selected-row]").first().evaluate("r => r.index")).intValue() == 4);

        model.openTab("Entities");
        page.locator("#plans vaadin-grid-cell-content .ks-plan-id").filter(new Locator.FilterOptions().setHasText("AP7"))
                .first().click();
        model.settle();
        page.waitForCondition(() -> "AP7".equals(model.field("accessPatterns[6].id").locator("input").inputValue()));
    }

    @Test
    void screenshotsOfTheModelScreenLightAndDarkOnALaptopAndAWideMonitor() {
        for (String theme : new String[] {"light", "dark"}) {
            for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
                page.setViewportSize(size[0], size[1]);
                ModelPage model = WorkspacePage.open(page, baseUrl()).openModel("Online shop");
                if (!theme.equals(page.locator("html").getAttribute("theme") == null ? "light"
                        : page.locator("html").getAttribute("theme").contains("dark") ? "dark" : "light")) {
                    page.locator("#theme-toggle").click();
                    page.waitForCondition(() -> theme.equals("dark") == "dark".equals(page.locator("html").getAttribute("theme")));
                }
                String suffix = (size[0] < 1500 ? "laptop" : "wide") + "-" + theme;
                model.openTab("Access patterns");
                model.openTab("Design");
                model.planIds();
                assertThat(PageLayout.scrollsSideways(page)).as("sideways scroll, " + suffix).isFalse();
                screenshot("model-screen-" + suffix);
                page.locator("#design-keys").scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "model-screen-view-" + suffix + ".png")));
                page.locator("#design-items").scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "model-screen-items-" + suffix + ".png")));
            }
        }
    }

    private Locator designTab() {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Design").setExact(true));
    }
}
