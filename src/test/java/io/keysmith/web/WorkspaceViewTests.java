package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The app starts in a browser, lists the sample models and opens one. */
class WorkspaceViewTests extends BrowserTest {

    @Test
    void theSampleModelsAreListedAndOneOpensWithItsAccessPatterns() {
        WorkspacePage workspace = WorkspacePage.open(page, baseUrl());
        assertThat(workspace.cellTexts()).contains("Online shop", "Direct messaging");
        screenshot("workspace");

        ModelPage model = workspace.openModel("Online shop");
        assertThat(model.title()).isEqualTo("Online shop");
        model.openTab("Access patterns");
        assertThat(model.listed("accessPatterns")).contains("AP3 · Orders of a customer in a date range, newest first");
        screenshot("access-patterns");
    }
}
