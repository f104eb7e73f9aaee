package io.keysmith.web;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screenshots of the screens the workspace, export, Learn, Live and error work changed, at a laptop's
 * 1366x768 and a desktop's 1920x1080, light and dark, under {@code target/screenshots/} for people to look at.
 */
class WorkspaceScreensTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void theWorkspaceWithADeletionAndARefusedName() {
        String id = workspace.importModel("shot-deleted.json", LibraryModel.SMALL.formatted("Shot deleted"));
        eachSize("workspace-deleted", () -> {
            WorkspacePage list = WorkspacePage.open(page, baseUrl());
            list.filterTo("Shot deleted");
            list.action("Delete Shot deleted");
            page.locator("#deleted-message").waitFor();
        }, () -> page.locator("#undo-delete").click());
        eachSize("workspace-name-taken", () -> {
            WorkspacePage.open(page, baseUrl());
            page.locator("#new-model").click();
            page.locator("#model-name input").fill("Online shop");
            page.locator("#name-ok").click();
            page.locator("#model-name[invalid]").waitFor();
        }, () -> page.keyboard().press("Escape"));
    }

    @Test
    void learnExportAndLiveTabs() throws IOException {
        String shop = workspace.importModel("shot-shop.json", Files.readString(Path.of("sample-models/online-shop.json")));
        eachSize("learn-sticky", () -> {
            ModelPage model = ModelPage.open(page, baseUrl(), shop + "?tab=learn");
            model.learnUntilRule("overloaded-gsi");
            page.locator("#learn-table tbody tr").nth(6).scrollIntoViewIfNeeded();
            model.settle();
        }, () -> { });
        eachSize("export-outputs", () -> {
            ModelPage model = ModelPage.open(page, baseUrl(), shop + "?tab=export");
            model.export("Terraform module");
            model.exportFile("outputs.tf");
        }, () -> { });
        String small = workspace.importModel("shot-live.json", LibraryModel.SMALL.formatted("ShotLive"));
        eachSize("live-empty", () -> {
            ModelPage.open(page, baseUrl(), small + "?tab=live-table");
            LivePage live = new LivePage(page);
            live.items(50);
            live.startFromEmptyTables();
            live.showPlan();
        }, () -> { });
        String rejected = workspace.importModel("shot-rejected.json", LibraryModel.SMALL.formatted("ShotRejected"));
        var engine = WebDesigns.engine;
        WebDesigns.engine = (model, style) -> {
            throw new NullPointerException("no key for " + model.name());
        };
        try {
            eachSize("design-error", () -> {
                ModelPage.open(page, baseUrl(), rejected + "?tab=design");
                page.locator("#design-error").waitFor();
            }, () -> { });
            eachSize("export-error", () -> {
                ModelPage.open(page, baseUrl(), rejected + "?tab=export");
                page.locator("#export-error").waitFor();
            }, () -> { });
        } finally {
            WebDesigns.engine = engine;
        }
    }

    /** Shows the screen at each size and theme (via {@code show}), shoots it, then runs {@code after}. */
    private void eachSize(String name, Runnable show, Runnable after) {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (boolean dark : new boolean[] {false, true}) {
                page.setViewportSize(size[0], size[1]);
                theme(dark);
                show.run();
                // the theme is kept in the browser and put back as each page loads
                page.waitForCondition(() -> dark == "dark".equals(page.locator("html").getAttribute("theme")));
                page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", name + "-" + size[0] + (dark ? "-dark" : "") + ".png")));
                after.run();
            }
        }
    }

    /** Switches to the dark or light theme on the start page (a dialog left open would cover the switch). */
    private void theme(boolean dark) {
        WorkspacePage.open(page, baseUrl());
        new ModelPage(page).settle();
        if (dark != "dark".equals(page.locator("html").getAttribute("theme"))) {
            page.locator("#theme-toggle").click();
            page.waitForCondition(() -> dark == "dark".equals(page.locator("html").getAttribute("theme")));
        }
    }
}
