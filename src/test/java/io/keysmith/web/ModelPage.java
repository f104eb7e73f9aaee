package io.keysmith.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Page object of one model's screen: the editor's tabs, fields by model location, undo, problems. */
final class ModelPage {

    private final Page page;
    private final UiActions actions;

    ModelPage(Page page) {
        this(page, new UiActions());
    }

    /** A model page whose clicks, typed values, key presses and choices are counted in {@code actions}. */
    ModelPage(Page page, UiActions actions) {
        this.page = page;
        this.actions = actions;
    }

    /** How many actions this page (and the workspace page it came from) took so far. */
    int actions() {
        return actions.count();
    }

    static ModelPage open(Page page, String baseUrl, String id) {
        page.navigate(baseUrl + "models/" + id);
        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        return model;
    }

    void waitUntilShown() {
        page.locator("#model-title").waitFor();
    }

    String title() {
        return page.locator("#model-title").innerText();
    }

    /** Opens a tab; the design, beside the editor on a wide window, has no tab there and is only waited for. */
    void openTab(String name) {
        if (name.equals("Design") && isSplit()) {
            // beside the editor's tab only: from another tab, the editor's comes first
            if (!page.locator("#design").isVisible()) {
                actions.add(1);
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Model").setExact(true)).click();
            }
            page.locator("#design").waitFor();
            settle();
            return;
        }
        actions.add(1);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        settle();
    }

    /** Whether the design stands beside the editor (a wide window) rather than in a tab. */
    boolean isSplit() {
        return "split".equals(page.locator("#model-body").getAttribute("data-layout"));
    }

    /** The labels of the items listed on the left of the entities or access patterns tab. */
    List<String> listed(String location) {
        Locator cells = page.locator("#" + location + "-list vaadin-grid-cell-content .ks-list-label");
        cells.first().waitFor();
        return cells.allInnerTexts().stream().map(String::strip).toList();
    }

    void select(String location, String label) {
        actions.add(1);
        page.locator("#" + location + "-list vaadin-grid-cell-content .ks-list-label")
                .filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** The field bound to a model location, e.g. {@code entities[0].attributes[1].name}. */
    Locator field(String location) {
        return page.locator("[data-location=\"" + location + "\"]");
    }

    void fill(String location, String value) {
        actions.add(2); // the value, then Tab
        Locator input = field(location).locator("input, textarea");
        input.fill(value);
        input.press("Tab");
        waitForTypingPause();
        settle();
    }

    /** Types key by key, as a person would (for text an input's fill refuses, such as letters in a number field). */
    void typeInto(String location, String text) {
        actions.add(3); // clearing, the keys, then Tab
        Locator input = field(location).locator("input, textarea");
        input.clear();
        input.pressSequentially(text);
        input.press("Tab");
        waitForTypingPause();
        settle();
    }

    /**
     * Types a value into a field in one go and stays there, as a person who goes on typing: the value is
     * sent after the typing pause, without Tab or a click elsewhere.
     */
    void type(String location, String value) {
        actions.add(1);
        field(location).locator("input").fill(value);
    }

    /** Presses a key where the cursor is, e.g. Enter in a field. */
    void press(String key) {
        actions.add(1);
        page.keyboard().press(key);
    }

    /** Whether the cursor is in the field bound to a model location. */
    boolean hasFocus(String location) {
        return (Boolean) field(location).evaluate("f => f.contains(document.activeElement) || f.hasAttribute('focused')");
    }

    /** The number of the design shown, new each time a design is drawn ({@code #design}'s data-version), or null before the first. */
    String designVersion() {
        return page.locator("#design").getAttribute("data-version");
    }

    /**
     * Waits until a design newer than the one numbered {@code version} is on screen, or the design says the
     * model has an error (the last design stays, dimmed, under that sentence); returns the design's state.
     */
    String waitForDesignAfter(String version) {
        return (String) page.waitForFunction("v => { const d = document.querySelector('#design'); const s = d.getAttribute('data-state');"
                + " return (s === 'ready' && d.getAttribute('data-version') !== v) || s === 'invalid' ? s : false; }", version)
                .jsonValue();
    }

    /** A field sends what was typed after a pause ({@link LiveTyping}); this waits that pause out. */
    void waitForTypingPause() {
        page.waitForTimeout(LiveTyping.PAUSE_MILLIS + 50);
    }

    /**
     * Waits until the browser has no request to the server in flight and the design tab, when shown, has
     * finished designing, so the next step sees the re-drawn form and design.
     */
    void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())"
                + " && !document.querySelector('#design[data-state=designing], #design[data-state=comparing]')");
    }

    /** Chooses an option of a select or an entity picker bound to a model location. */
    void choose(String location, String option) {
        actions.add(2); // open or type, then the option
        if ("vaadin-combo-box".equals(field(location).evaluate("e => e.localName"))) {
            Locator input = field(location).locator("input, textarea");
            input.fill(option);
            // the overlay's items are options named by their text: exact, so "Book" is not "Bookmark"
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                    .locator("visible=true").first().click();
            settle();
            return;
        }
        field(location).click();
        // exact, so "date" is not "datetime"
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(option)))
                .locator("visible=true").first().click();
        settle();
    }

    /** Adds an entity by the name its dialog asks for. */
    void addEntity(String name) {
        actions.add(3); // the button, the name, Save
        page.locator("#add-entity").click();
        page.locator("#entity-name input").fill(name);
        page.locator("#name-ok").click();
        settle();
    }

    /** Picks several options of a multi-select bound to a model location, one after the other. */
    void chooseAll(String location, String... options) {
        Locator input = field(location).locator("input, textarea");
        for (String option : options) {
            actions.add(2);
            input.fill(option);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                    .locator("visible=true").first().click();
            settle();
        }
        actions.add(1);
        input.press("Escape");
        settle();
    }

    /** The options a picker bound to a model location offers, as its overlay lists them. */
    List<String> options(String location) {
        actions.add(2); // open, close
        Locator input = field(location).locator("input, textarea");
        input.click();
        Locator options = page.getByRole(AriaRole.OPTION).locator("visible=true");
        options.first().waitFor();
        List<String> texts = options.allInnerTexts().stream().map(String::strip).toList();
        input.press("Escape");
        settle();
        return texts;
    }

    /** The visible fields' labels in the shown form, e.g. to see which a pattern's type offers. */
    boolean hasField(String location) {
        return field(location).count() > 0 && field(location).first().isVisible();
    }

    void check(String location) {
        actions.add(1);
        field(location).locator("input").check();
    }

    String errorMessage(String location) {
        Locator field = field(location);
        field.and(page.locator("[invalid]")).waitFor();
        return field.locator("[slot=error-message]").innerText().strip();
    }

    boolean isInvalid(String location) {
        return field(location).getAttribute("invalid") != null;
    }

    void click(String id) {
        actions.add(1);
        page.locator("#" + id).click();
        settle();
    }

    void button(String text) {
        actions.add(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true)).first().click();
    }

    String saveStatus() {
        return page.locator("#save-status").innerText();
    }

    Locator conflictBanner() {
        return page.locator("#conflict");
    }

    /** The pattern ids of the design's plan table (waits for the design to be drawn). */
    List<String> planIds() {
        Locator cells = page.locator("#plans vaadin-grid-cell-content .ks-plan-id");
        cells.first().waitFor();
        return cells.allInnerTexts().stream().map(String::strip).toList();
    }

    /** The pattern names of the design's plan table, in order. */
    List<String> planNames() {
        Locator cells = page.locator("#plans vaadin-grid-cell-content .ks-plan-name");
        cells.first().waitFor();
        return cells.allInnerTexts().stream().map(String::strip).toList();
    }

    /** The key templates of an entity's item row in the design: the cells after the entity, as shown. */
    List<String> designKeyRow(String entity) {
        Locator row = page.locator("#design .ks-key-templates tr[data-entity='" + entity + "']").first();
        row.waitFor();
        return row.locator("td").allInnerTexts().stream().map(String::strip).toList();
    }

    String learnPosition() {
        return page.locator("#learn-position").innerText();
    }

    String learnStepText() {
        return page.locator("#learn-step").innerText();
    }

    void learnNext() {
        actions.add(1);
        page.locator("#learn-next").click();
        settle();
    }

    /** Steps forward in Learn until the shown step is the given rule's. */
    void learnUntilRule(String rule) {
        while (!learnStepText().contains("Rule: " + rule)) {
            if (!page.locator("#learn-next").isEnabled()) {
                throw new AssertionError("no step of rule " + rule);
            }
            learnNext();
        }
    }

    /** The cells of the Learn table's row for the entity's own items: entity, table, PK, SK, index keys, note. */
    List<String> learnTableRow(String entity) {
        return learnRow(entity).locator("td").allInnerTexts().stream().map(String::strip).toList();
    }

    /** Whether the Learn table marks the entity's row as changed by the shown step. */
    boolean learnRowChanged(String entity) {
        return learnRow(entity).getAttribute("class") != null && learnRow(entity).getAttribute("class").contains("ks-changed");
    }

    /** The texts of the cells the shown step changed in the entity's row (shown bold). */
    List<String> learnChangedCells(String entity) {
        return learnRow(entity).locator("td.ks-changed-cell").allInnerTexts().stream().map(String::strip).toList();
    }

    private Locator learnRow(String entity) {
        return page.locator("#learn-table tbody tr[data-entity='" + entity + "']").first();
    }

    /** Chooses an export format by the start of its title and returns the preview text. */
    String export(String titleStart) {
        actions.add(2);
        page.locator("#export-format").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(titleStart))
                .locator("visible=true").first().click();
        settle();
        return page.locator("#export-preview").innerText();
    }

    /** Chooses one exported file by its exact name (a format's title can name the file too) and returns the preview text. */
    String exportFile(String name) {
        actions.add(2);
        page.locator("#export-file").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(name)))
                .locator("visible=true").first().click();
        settle();
        return page.locator("#export-preview").innerText();
    }

    /** A pattern matching exactly this text, spaces around it aside, for Playwright's text filters. */
    static java.util.regex.Pattern exactly(String text) {
        // escaped by hand: Playwright hands the pattern to JavaScript, which cannot read Pattern.quote
        return java.util.regex.Pattern.compile("^\\s*" + text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$");
    }

    List<String> exportFiles() {
        actions.add(2);
        page.locator("#export-file").click();
        List<String> names = page.locator("vaadin-select-item").locator("visible=true").allInnerTexts();
        page.keyboard().press("Escape");
        return names.stream().map(String::strip).toList();
    }

    void undo() {
        actions.add(1);
        page.locator("#undo").click();
        settle();
    }
}
