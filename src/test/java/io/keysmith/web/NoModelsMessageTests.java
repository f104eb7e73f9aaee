package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.keysmith.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An empty workspace list says why: the search matches no model (naming it), or there is no model yet. */
class NoModelsMessageTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aSearchThatMatchesNoModelSaysSoAndClearingItBringsTheModelsBack() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.search("xyz");
        page.locator("#search input").press("Enter");
        Locator message = page.locator("#models-empty-text");
        message.waitFor();
        assertThat(message.innerText()).isEqualTo("No model matches \u201cxyz\u201d.");
        assertThat(list.cellTexts()).doesNotContain("Online shop");
        screenshot("workspace-no-match");

        page.locator("#clear-search").click();
        page.waitForCondition(() -> list.cellTexts().contains("Online shop"));
        assertThat(page.locator("#search input").inputValue()).isEmpty();
        assertThat(message.isVisible()).isFalse();
    }

    @Test
    void hostileSearchTextIsNamedAsTextAndNeverRun() {
        String hostile = "\"quoted\" 'single' <b>bold</b> ${item.name} <img src=x onerror=\"window.__pwned=1\">";
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.search(hostile);
        page.locator("#search input").press("Enter");
        Locator message = page.locator("#models-empty-text");
        message.waitFor();
        assertThat(message.innerText()).isEqualTo("No model matches \u201c" + hostile + "\u201d.");
        assertThat(page.locator("#models-empty b, #models-empty img").count()).isZero();
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        screenshot("workspace-no-match-hostile");
    }

    @Test
    void anEmptyWorkspaceSaysSoAndPointsToNewModelAndImport() {
        List<Workspace.Deleted> removed = new ArrayList<>();
        try {
            workspace.names().keySet().forEach(id -> removed.add(workspace.delete(id)));
            page.navigate(baseUrl());
            Locator message = page.locator("#models-empty");
            message.waitFor();
            assertThat(page.locator("#models-empty-text").innerText()).isEqualTo("This workspace has no models yet.");
            assertThat(message.innerText()).contains("\u201cNew model\u201d", "\u201cImport\u201d");
            assertThat(page.locator("#new-model").isVisible()).isTrue();
            assertThat(page.locator("#import vaadin-button").isVisible()).isTrue();
            screenshot("workspace-empty");
        } finally {
            removed.forEach(workspace::restore); // the other tests share this workspace
        }
    }
}
