package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of the app with a sample model, at a laptop's 1366x768 and a monitor's 1920x1080, light and
 * dark: each shows its heading or main control on screen, fits the window's width and shows no error.
 * Saves {@code target/screenshots/gallery/SCREEN-WIDTH-THEME.png} for people to look at.
 */
class ScreenGalleryTests extends BrowserTest {

    private static final Path GALLERY = Path.of("target", "screenshots", "gallery");

    /** What a screen may show that says something went wrong: a panel's failure, a refused field, a conflict. */
    private static final String ERRORS = ".ks-panel-error, .ks-live-error, .ks-conflict, [invalid],"
            + " vaadin-notification-card[theme~=error]";

    @Autowired
    Workspace workspace;

    private int width;
    private String theme;

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1366, 768, light", "1366, 768, dark", "1920, 1080, light", "1920, 1080, dark"})
    void everyScreenShowsItsHeadingFitsTheWindowAndShowsNoError(int width, int height, String theme) throws IOException {
        this.width = width;
        this.theme = theme;
        context.setDefaultTimeout(30_000);
        page.setViewportSize(width, height);
        String shop = importSample("online-shop.json", "Online shop", "Gallery shop", "OnlineShop", "GalleryShop");
        String big = importSample("shop-from-postgres.json", "shop-postgres", "Gallery shop from Postgres",
                "ShopPostgres", "GalleryShopPostgres");
        try {
            chooseTheme(theme.equals("dark"));
            workspaceList();
            ModelPage model = ModelPage.open(page, baseUrl(), shop);
            editorTabs(model);
            designSections(model, "design");
            otherTabs(model);
            liveTable(model);

            ModelPage larger = ModelPage.open(page, baseUrl(), big);
            larger.openTab("Entities");
            larger.select("entities", "Order");
            larger.settle();
            check("big-entities", larger.field("entities[6].name"));
            designSections(larger, "big-design");
            larger.openTab("Diagram");
            check("big-diagram", page.locator("#diagram-view svg"));
        } finally {
            workspace.delete(shop);
            workspace.delete(big);
        }
    }

    private void workspaceList() {
        WorkspacePage.open(page, baseUrl());
        check("workspace", page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Models").setExact(true)));
        assertOnScreen("workspace", page.locator("#new-model"));
        assertOnScreen("workspace", page.locator("#models"));
    }

    private void editorTabs(ModelPage model) {
        model.openTab("Entities");
        model.select("entities", "Order");
        model.settle();
        check("entities", model.field("entities[4].name"));
        assertOnScreen("entities", page.locator("#add-entity"));

        model.openTab("Relationships");
        check("relationships", model.field("relationships[0].from"));
        assertOnScreen("relationships", page.locator("#add-relationship"));

        model.openTab("Access patterns");
        model.select("accessPatterns", "Get an order with its items");
        model.settle();
        check("patterns", model.field("accessPatterns[4].name"));
        assertOnScreen("patterns", page.locator("#add-access-pattern"));

        model.openTab("Settings");
        check("settings", page.locator("#model-name-field"));
    }

    /** The design's top (style, costs, keys), then scrolled to the plans and to the items. */
    private void designSections(ModelPage model, String name) {
        model.openTab("Design");
        model.planIds();
        // the design may be scrolled to the plan of the pattern the editor showed last: its top first
        page.locator("#design").evaluate("d => d.scrollIntoView({block: 'start'})");
        check(name, page.locator("#design-style"));
        assertOnScreen(name, heading("#design", "Keys by entity"));
        heading("#design", "Access patterns").evaluate("h => h.scrollIntoView({block: 'start'})");
        check(name + "-plans", page.locator("#plans vaadin-grid-cell-content .ks-plan-name").first());
        heading("#design", "Items, as the table and each index hold them").evaluate("h => h.scrollIntoView({block: 'start'})");
        check(name + "-items", page.locator("#design-items vaadin-grid").first());
    }

    private void otherTabs(ModelPage model) {
        model.openTab("Diagram");
        check("diagram", page.locator("#diagram-view svg"));
        assertOnScreen("diagram", page.locator("#diagram-fit"));
        // the design stands beside the editor only: the other tabs have the window's width
        assertThat(page.locator("#design-side").isVisible()).as("design beside the diagram").isFalse();

        model.openTab("Learn");
        assertThat(model.learnPosition()).startsWith("Step 1 of ");
        check("learn", page.locator("#learn-step h3"));
        assertOnScreen("learn", page.locator("#learn-next"));

        model.openTab("Export");
        model.export("Terraform module");
        assertThat(model.exportFile("outputs.tf")).contains("output ");
        check("export", page.locator("#export-preview"));
        assertOnScreen("export", page.locator("#export-download"));
    }

    private void liveTable(ModelPage model) {
        model.openTab("Live table");
        LivePage live = new LivePage(page);
        live.items(200);
        check("live", page.locator("#live-plan-button"));
        live.showPlan();
        assertThat(live.plan()).contains("Table GalleryShop");
        live.createAndSeed();
        assertThat(live.summary()).endsWith(" passed, 0 failed");
        check("live-results", page.locator("#live-summary"));
        assertOnScreen("live-results", page.locator("#live-results"));
    }

    /**
     * Checks what every screen needs: the theme asked for, its main heading or control on screen, nothing
     * wider than the window, no error shown; then saves the screenshot {@code NAME-WIDTH-THEME.png}.
     */
    private void check(String screen, Locator landmark) {
        new ModelPage(page).settle();
        waitForAnimations();
        String where = screen + " at " + width + " " + theme;
        // the theme kept in the browser is put back as each page loads
        page.locator(theme.equals("dark") ? "html[theme~=dark]" : "html:not([theme~=dark])")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertOnScreen(where, landmark);
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - innerWidth");
        assertThat(overflow.intValue()).as("page wider than the window on " + where).isLessThanOrEqualTo(0);
        assertThat(PageLayout.cutOff(page)).as("cut off on " + where).isEmpty();
        assertThat(shownErrors()).as("errors shown on " + where).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(GALLERY.resolve(screen + "-" + width + "-" + theme + ".png")));
    }

    /** The texts of the error messages on screen, and the problems summary when it counts errors. */
    private List<String> shownErrors() {
        List<String> shown = new ArrayList<>(page.locator(ERRORS).locator("visible=true").allInnerTexts());
        Locator problems = page.locator("#problems");
        if (problems.count() > 0 && problems.isVisible()) {
            String summary = problems.innerText().strip();
            if (!summary.startsWith("0 errors") && !summary.startsWith("No problems")) {
                shown.add(summary);
            }
        }
        return shown;
    }

    /** The element's top-left corner lies in the window, where a user sees it without scrolling. */
    private void assertOnScreen(String where, Locator element) {
        element.waitFor();
        var box = element.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box).as("%s is drawn on %s", element, where).isNotNull();
        assertThat(box.x).as("left of %s on %s", element, where).isBetween(0.0, viewport.width - 1.0);
        assertThat(box.y).as("top of %s on %s", element, where).isBetween(0.0, viewport.height - 1.0);
    }

    private Locator heading(String within, String text) {
        return page.locator(within + " h3").filter(new Locator.FilterOptions().setHasText(ModelPage.exactly(text))).first();
    }

    /** Switches to the dark or light theme on the start page, as a user does, if it is not already. */
    private void chooseTheme(boolean dark) {
        WorkspacePage.open(page, baseUrl());
        new ModelPage(page).settle();
        if (dark != "dark".equals(page.locator("html").getAttribute("theme"))) {
            page.locator("#theme-toggle").click();
            page.waitForCondition(() -> dark == "dark".equals(page.locator("html").getAttribute("theme")));
        }
    }

    /** Imports a copy of a sample under its own name and table name, so the live tables of other tests stay apart. */
    private String importSample(String file, String name, String newName, String table, String newTable) throws IOException {
        String text = Files.readString(Path.of("sample-models", file));
        assertThat(text).contains("\"name\": \"" + name + "\"", "\"tableName\": \"" + table + "\"");
        return workspace.importModel("gallery-" + file, text.replace("\"name\": \"" + name + "\"", "\"name\": \"" + newName + "\"")
                .replace("\"tableName\": \"" + table + "\"", "\"tableName\": \"" + newTable + "\""));
    }
}
