package io.keysmith.web;

import com.microsoft.playwright.Page;
import java.util.List;

/** Page object of one model's screen. */
final class ModelPage {

    private final Page page;

    ModelPage(Page page) {
        this.page = page;
    }

    void waitUntilShown() {
        page.locator("#access-patterns vaadin-grid-cell-content").first().waitFor();
    }

    List<String> accessPatternCells() {
        return page.locator("#access-patterns vaadin-grid-cell-content").allInnerTexts().stream().map(String::strip).toList();
    }
}
