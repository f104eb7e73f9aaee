package io.keysmith.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Page object of the workspace screen: the list of models and what can be done with them. */
final class WorkspacePage {

    private final Page page;
    private final UiActions actions;

    WorkspacePage(Page page) {
        this(page, new UiActions());
    }

    /** A workspace page whose clicks and typed values are counted in {@code actions}, and those of the model pages it opens. */
    WorkspacePage(Page page, UiActions actions) {
        this.page = page;
        this.actions = actions;
    }

    static WorkspacePage open(Page page, String baseUrl) {
        return open(page, baseUrl, new UiActions());
    }

    static WorkspacePage open(Page page, String baseUrl, UiActions actions) {
        page.navigate(baseUrl);
        WorkspacePage workspace = new WorkspacePage(page, actions);
        workspace.grid().locator("vaadin-grid-cell-content").first().waitFor();
        return workspace;
    }

    Locator grid() {
        return page.locator("#models");
    }

    /** The texts of every cell of the model grid (names, counts, status). */
    List<String> cellTexts() {
        // the grid keeps cells of rows it no longer shows; only visible ones count
        return grid().locator("vaadin-grid-cell-content").locator("visible=true").allInnerTexts().stream()
                .map(String::strip).toList();
    }

    /** Opens a model by its exact name, searched for first: the shared workspace of the tests holds more models than fit. */
    ModelPage openModel(String name) {
        search(name);
        actions.add(2); // Enter, then the row
        page.locator("#search input").press("Enter");
        new ModelPage(page).settle();
        grid().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ModelPage.exactly(name)))
                .locator("visible=true").first().click();
        ModelPage model = new ModelPage(page, actions);
        model.waitUntilShown();
        return model;
    }

    ModelPage createModel(String name) {
        actions.add(3); // the button, the name, Save
        page.locator("#new-model").click();
        page.locator("#model-name input").fill(name);
        page.locator("#name-ok").click();
        ModelPage model = new ModelPage(page, actions);
        model.waitUntilShown();
        return model;
    }

    void search(String text) {
        actions.add(1);
        page.locator("#search input").fill(text);
    }

    /**
     * Searches for a model and waits until the list is filtered and shows it: a row's buttons clicked
     * before the list is filtered may be re-drawn under the pointer.
     */
    void filterTo(String name) {
        search(name);
        actions.add(1);
        // Enter sends the search at once instead of after the typing pause; then the list is re-drawn in that round trip
        page.locator("#search input").press("Enter");
        new ModelPage(page).settle();
        page.waitForCondition(() -> cellTexts().contains(name) && !cellTexts().contains("Online shop"));
    }

    /** Clicks the action button of a model's row by its label, e.g. "Delete Online shop". */
    void action(String label) {
        actions.add(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

    void enterName(String name) {
        actions.add(2);
        page.locator("#model-name input").fill(name);
        page.locator("#name-ok").click();
    }

    void undoDelete() {
        actions.add(1);
        page.locator("#undo-delete").click();
    }

    void importFile(java.nio.file.Path file) {
        actions.add(1);
        var chooser = page.waitForFileChooser(() -> page.locator("#import vaadin-button").click());
        chooser.setFiles(file);
    }

    /** The text of the notification that mentions {@code text} (waits for it). */
    String notification(String text) {
        Locator card = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).last();
        card.waitFor();
        return card.innerText();
    }

    Locator button(String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text));
    }
}
