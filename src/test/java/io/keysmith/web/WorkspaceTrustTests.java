package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A workspace one can trust: links that survive renames, names that tell models apart, tabs in the URL, no text lost. */
class WorkspaceTrustTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void renamingAModelKeepsItsLinkAndALinkByItsOldNameStillOpensIt() {
        String id = workspace.create("Link keeper");
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.filterTo("Link keeper");
        list.action("Rename Link keeper");
        list.enterName("Kept links");
        page.waitForCondition(() -> "Kept links".equals(workspace.names().get(id)));

        ModelPage model = ModelPage.open(page, baseUrl(), id);
        assertThat(model.title()).isEqualTo("Kept links");
        assertThat(page.url()).endsWith("/models/" + id);

        // a link that names the model by its name's file form (as links did before ids stayed put) opens it too
        page.navigate(baseUrl() + "models/kept-links");
        model.waitUntilShown();
        assertThat(model.title()).isEqualTo("Kept links");
    }

    @Test
    void aNameAnotherModelHasIsRefusedInTheDialogWithAMessage() {
        workspace.create("Only once");
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        page.locator("#new-model").click();
        page.locator("#model-name input").fill("only ONCE");
        page.locator("#name-ok").click();
        Locator field = page.locator("#model-name");
        field.and(page.locator("[invalid]")).waitFor();
        assertThat(field.locator("[slot=error-message]").innerText())
                .isEqualTo("Another model is already named \u201conly ONCE\u201d; choose a name no other model has.");
        screenshot("workspace-name-taken");
        page.keyboard().press("Escape");

        workspace.create("Another one");
        list = WorkspacePage.open(page, baseUrl());
        list.filterTo("Another one");
        list.action("Rename Another one");
        page.locator("#model-name input").fill("Only once");
        page.locator("#name-ok").click();
        field.and(page.locator("[invalid]")).waitFor();
        assertThat(workspace.names().values().stream().filter("Only once"::equalsIgnoreCase)).hasSize(1);
    }

    @Test
    void theSelectedTabIsInTheUrlSoReloadAndBackReturnToIt() {
        String id = workspace.importModel("tabs.json", LibraryModel.SMALL.formatted("Tabbed"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Design");
        page.waitForCondition(() -> page.url().endsWith("/models/" + id + "?tab=design"));
        page.reload();
        model.waitUntilShown();
        assertThat(selectedTabs()).contains("Design");

        model.openTab("Model");
        model.openTab("Access patterns");
        page.waitForCondition(() -> page.url().endsWith("?tab=access-patterns"));
        page.locator("a").filter(new Locator.FilterOptions().setHasText("All models")).first().click();
        page.locator("#models").waitFor();
        page.goBack();
        model.waitUntilShown();
        assertThat(selectedTabs()).contains("Model", "Access patterns");

        ModelPage.open(page, baseUrl(), id + "?tab=live-table");
        assertThat(selectedTabs()).contains("Live table");
    }

    @Test
    void textTypedButNotYetSavedMakesTheBrowserAskBeforeLeaving() {
        String id = workspace.importModel("unsaved.json", LibraryModel.SMALL.formatted("Unsaved"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        Locator name = model.field("entities[0].attributes[1].name").locator("input");
        name.click();
        name.press("End");
        name.pressSequentially("Address");
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> !dialogs.isEmpty(), new Page.WaitForConditionOptions().setTimeout(5_000));
        assertThat(dialogs).containsExactly("beforeunload");
        assertThat(page.isClosed()).as("the user chose to stay").isFalse();

        // once the field has saved (Tab), leaving asks nothing
        name.press("Tab");
        model.settle();
        page.waitForCondition(() -> workspace.snapshot(id).orElseThrow().text().contains("emailAddress"));
        dialogs.clear();
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        context.waitForCondition(page::isClosed, new com.microsoft.playwright.BrowserContext.WaitForConditionOptions()
                .setTimeout(5_000));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aLargeFileIsImportedAndOnePastTheLimitIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        String shop = Files.readString(Path.of("sample-models/online-shop.json"));
        Path large = dir.resolve("large-shop.json");
        Files.writeString(large, shop.replaceFirst("\"Online shop\"", "\"Large shop\"").replaceFirst(
                "\"description\": \"", "\"description\": \"" + "Padding. ".repeat(6 * 1024 * 1024 / 9)));
        assertThat(Files.size(large)).isGreaterThan(6L * 1024 * 1024);
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.importFile(large);
        ModelPage opened = new ModelPage(page);
        page.locator("#model-title").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(opened.title()).isEqualTo("Large shop");

        Path tooLarge = dir.resolve("too-large.json");
        Files.writeString(tooLarge, " ".repeat((int) workspace.limits().bytes() + 1));
        list = WorkspacePage.open(page, baseUrl());
        list.importFile(tooLarge);
        assertThat(list.notification("too-large.json")).contains("larger than 16.0 MB");
    }

    @Test
    void aDeletionSaysWhichModelItRemovedAndCanBeUndone() {
        String id = workspace.importModel("doomed.json", LibraryModel.SMALL_WITH_INDEX.formatted("Doomed"));
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.filterTo("Doomed");
        list.action("Delete Doomed");
        assertThat(page.locator("#deleted-message").innerText())
                .isEqualTo("Deleted \u201cDoomed\u201d (1 entity, 2 access patterns).");
        screenshot("workspace-deleted");
        assertThat(workspace.find(id)).isEmpty();
        list.undoDelete();
        page.waitForCondition(() -> list.cellTexts().contains("Doomed"));
        assertThat(workspace.find(id)).isPresent();
    }

    @Test
    void aValueTypedAndLeftForAnotherTabAtOnceIsSaved() {
        String id = workspace.importModel("quick.json", LibraryModel.SMALL.formatted("Quick tabs"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Access patterns");
        Locator rate = model.field("accessPatterns[0].rate").locator("input");
        rate.fill("4321");
        rate.press("Tab");
        // no pause: the user goes straight to the design
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Design").setExact(true)).click();
        page.waitForCondition(() -> workspace.snapshot(id).orElseThrow().text().contains("4321"),
                new Page.WaitForConditionOptions().setTimeout(5_000));
    }

    /** The labels of the selected tabs, outer first. */
    private List<String> selectedTabs() {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setSelected(true)).allInnerTexts().stream()
                .map(String::strip).toList();
    }
}
