package io.keysmith.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Page object of the workspace screen: the list of models and what can be done with them. */
final class WorkspacePage {

    private final Page page;

    WorkspacePage(Page page) {
        this.page = page;
    }

    static WorkspacePage open(Page page, String baseUrl) {
        page.navigate(baseUrl);
        WorkspacePage workspace = new WorkspacePage(page);
        workspace.grid().locator("vaadin-grid-cell-content").first().waitFor();
        return workspace;
    }

    Locator grid() {
        return page.locator("#models");
    }

    /** The texts of every cell of the model grid (names, counts, status). */
    List<String> cellTexts() {
        return grid().locator("vaadin-grid-cell-content").allInnerTexts().stream().map(String::strip).toList();
    }

    ModelPage openModel(String name) {
        grid().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        return model;
    }

    ModelPage createModel(String name) {
        page.locator("#new-model").click();
        page.locator("#model-name input").fill(name);
        page.locator("#name-ok").click();
        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        return model;
    }

    Locator button(String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text));
    }
}
