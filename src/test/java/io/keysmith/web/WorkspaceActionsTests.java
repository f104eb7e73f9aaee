package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the workspace screen does to model files: search, duplicate, rename, delete with undo, import. */
class WorkspaceActionsTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void searchNarrowsTheListByNameOrEntity() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.search("warehouse");
        page.waitForCondition(() -> !list.cellTexts().contains("Direct messaging"));
        assertThat(list.cellTexts()).contains("Online shop");
    }

    @Test
    void duplicateRenameAndDeleteWithUndo() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        // the shared workspace of the browser tests holds many models: the row must be on screen to be clicked
        list.filterTo("Users service");
        list.action("Duplicate Users service");
        page.waitForCondition(() -> list.cellTexts().contains("Users service (copy)"));

        list.filterTo("Users service (copy)");
        list.action("Rename Users service (copy)");
        list.enterName("Accounts");
        list.filterTo("Accounts");
        assertThat(workspace.names()).containsEntry("users-service-copy", "Accounts");

        list.action("Delete Accounts");
        page.waitForCondition(() -> !list.cellTexts().contains("Accounts"));
        assertThat(workspace.find("users-service-copy")).isEmpty();
        list.undoDelete();
        page.waitForCondition(() -> list.cellTexts().contains("Accounts"));
        assertThat(workspace.names()).containsEntry("users-service-copy", "Accounts");
    }

    @Test
    void aRowsDownloadSavesTheModelFileUnderItsId() throws IOException {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.filterTo("Game leaderboard");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> list.action("Download Game leaderboard"));
        assertThat(download.suggestedFilename()).isEqualTo("game-leaderboard.json");
        assertThat(Files.readString(download.path()))
                .isEqualTo(Files.readString(workspace.find("game-leaderboard").orElseThrow().path()));
    }

    @Test
    void anUploadedModelFileJoinsTheWorkspaceAndABrokenOneIsRefusedWithItsLocation(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path good = dir.resolve("uploaded-game.json");
        Files.writeString(good, Files.readString(workspace.find("game-leaderboard").orElseThrow().path())
                .replace("\"Game leaderboard\"", "\"Uploaded game\""));
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.importFile(good);
        ModelPage opened = new ModelPage(page);
        opened.waitUntilShown();
        assertThat(opened.title()).isEqualTo("Uploaded game");
        assertThat(workspace.find("uploaded-game")).isPresent();
        list = WorkspacePage.open(page, baseUrl());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"x\",\n  oops\n}");
        list.importFile(broken);
        page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("broken.json")).waitFor();
        assertThat(page.locator("vaadin-notification-card").last().innerText()).contains("line 3");
        assertThat(workspace.find("broken")).isEmpty();
    }
}
