package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.keysmith.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The items of the Design view with long keys (a store found by country, state and city): the key
 * columns stay narrow enough to read beside the attributes, show each key in full (wrapped, and in
 * the title), and stay in view while the attribute columns scroll.
 */
class ItemKeyColumnsTests extends BrowserTest {

    /** Stores looked up by their place: the design's keys join country, state and city with long values. */
    private static final String STORES = """
            {"format": "keysmith-model/1", "name": "Store locator",
             "entities": [{"name": "Store", "attributes": [
                 {"name": "storeId", "type": "string", "identifier": true, "format": "uuid"},
                 {"name": "country", "type": "string", "values": ["UNITED-STATES", "CANADA-AND-TERRITORIES"]},
                 {"name": "state", "type": "string", "values": ["NEBRASKA", "SASKATCHEWAN"]},
                 {"name": "city", "type": "string", "values": ["OMAHA", "SASKATOON-NORTH"]},
                 {"name": "name", "type": "string", "format": "company"},
                 {"name": "street", "type": "string", "format": "sentence"},
                 {"name": "phone", "type": "string", "format": "phone"},
                 {"name": "website", "type": "string", "format": "url"},
                 {"name": "manager", "type": "string", "format": "fullName"},
                 {"name": "openedOn", "type": "date"},
                 {"name": "squareFeet", "type": "number", "format": "quantity"},
                 {"name": "status", "type": "string", "values": ["OPEN", "CLOSED", "REMODELING"]}]}],
             "relationships": [],
             "accessPatterns": [
                 {"id": "AP1", "name": "Get a store", "type": "read", "entity": "Store",
                  "where": [{"attribute": "storeId", "op": "="}]},
                 {"id": "AP2", "name": "Stores of a city by id", "type": "read", "entity": "Store",
                  "where": [{"attribute": "country", "op": "="}, {"attribute": "state", "op": "="},
                            {"attribute": "city", "op": "="}, {"attribute": "storeId", "op": "begins_with"}]}]}
            """;

    /** The widest a key column may be: the key's 15rem, its cell's padding and border. */
    private static final double KEY_COLUMN_MAX_PX = 15 * 16 + 40;

    @Autowired
    Workspace workspace;

    @Test
    void longKeysWrapInNarrowColumnsThatStayInViewOnALaptopAndAWideMonitorInBothThemes() {
        String id = workspace.importModel("store-locator.json", STORES);
        for (String theme : List.of("light", "dark")) {
            for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
                page.setViewportSize(size[0], size[1]);
                ModelPage model = ModelPage.open(page, baseUrl(), id);
                useTheme(theme);
                model.openTab("Design");
                String shot = "items-long-keys-" + (size[0] < 1500 ? "laptop" : "wide") + "-" + theme;
                checkKeyColumns(shot);
            }
        }
    }

    /** In each view (the table, then its index), the key columns are narrow, hold each key in full and stay put. */
    private void checkKeyColumns(String shot) {
        Locator section = page.locator("#design-items");
        section.locator("vaadin-grid-cell-content .ks-key-value").first().waitFor();
        for (String view : List.of("table", "gsi1")) {
            section.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(view.equals("table") ? "Table" : "GSI1"))
                    .first().click();
            Locator grid = section.locator("vaadin-grid").locator("visible=true").first();
            grid.locator("vaadin-grid-cell-content .ks-key-value").first().waitFor();
            section.evaluate("s => s.scrollIntoView({block: 'start'})"); // the window as the user sees it there
            checkKeys(grid);
            String name = shot + "-" + view;
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
            checkKeysStayWhileTheAttributesScroll(grid, name + "-scrolled");
        }
    }

    private void checkKeys(Locator grid) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) grid.locator("vaadin-grid-cell-content .ks-key-value")
                .evaluateAll("""
                        spans => spans.map(s => ({title: s.title, text: s.textContent,
                            column: s.parentElement.assignedSlot.parentElement.getBoundingClientRect().width}))""");
        String longest = cells.stream().map(c -> (String) c.get("title")).reduce("", (a, b) -> b.length() > a.length() ? b : a);
        assertThat(longest).as("a long key among the items").hasSizeGreaterThan(50).doesNotContain("…");
        for (Map<String, Object> cell : cells) {
            assertThat(cell.get("text")).as("the key in full").isEqualTo(cell.get("title"));
            assertThat(((Number) cell.get("column")).doubleValue()).as("width of the column of " + cell.get("title"))
                    .isLessThanOrEqualTo(KEY_COLUMN_MAX_PX);
        }
    }

    /** Scrolls the grid to its last column: the partition and sort key cells stay inside the grid's box. */
    private void checkKeysStayWhileTheAttributesScroll(Locator grid, String shot) {
        Object scrolled = grid.evaluate("g => { const t = g.shadowRoot.querySelector('#table');"
                + " const before = t.scrollLeft; t.scrollLeft = t.scrollWidth; return t.scrollLeft - before; }");
        assertThat(((Number) scrolled).doubleValue()).as("the attribute columns scroll").isGreaterThan(0);
        page.waitForTimeout(100); // the grid moves its frozen cells on the scroll event
        @SuppressWarnings("unchecked")
        List<Boolean> inView = (List<Boolean>) grid.evaluate("""
                g => { const box = g.getBoundingClientRect();
                  return [...g.shadowRoot.querySelectorAll('tbody td[part~="ks-key-cell"]')].map(c => {
                    const r = c.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1; }); }""");
        assertThat(inView).as("partition and sort key cells in view after scrolling").isNotEmpty().doesNotContain(false);
        // the attribute cells pass under the key cells: those must hide them, shaded partition or not
        @SuppressWarnings("unchecked")
        List<String> backgrounds = (List<String>) grid.evaluate("""
                g => { const alpha = b => { if (b === 'transparent') return 0;
                    let m = b.match(/\\/\\s*([\\d.]+)(%?)\\)$/); if (m) return m[2] ? m[1] / 100 : +m[1];
                    m = b.match(/^rgba\\((?:[^,]+,){3}\\s*([\\d.]+)\\)$/); return m ? +m[1] : 1; };
                  return [...g.shadowRoot.querySelectorAll('tbody td[part~="ks-key-cell"]')]
                    .map(c => getComputedStyle(c).backgroundColor).filter(b => alpha(b) < 1); }""");
        assertThat(backgrounds).as("see-through key cells").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", shot + ".png")));
        grid.evaluate("g => { g.shadowRoot.querySelector('#table').scrollLeft = 0; }");
    }

    private void useTheme(String theme) {
        boolean dark = "dark".equals(page.locator("html").getAttribute("theme"));
        if (dark != theme.equals("dark")) {
            page.locator("#theme-toggle").click();
            page.waitForCondition(() -> theme.equals("dark") == "dark".equals(page.locator("html").getAttribute("theme")));
        }
    }
}
