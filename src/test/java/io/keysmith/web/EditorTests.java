package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The model editor in a browser: building a model, inline problems, undo, two tabs, hostile text. */
class EditorTests extends BrowserTest {

    private static final String SMALL_MODEL = """
            {"format": "keysmith-model/1", "name": "%s",
             "entities": [{"name": "User", "attributes": [
                 {"name": "userId", "type": "string", "identifier": true},
                 {"name": "email", "type": "string", "unique": true}]}],
             "relationships": [],
             "accessPatterns": [{"id": "AP1", "name": "Get a user", "type": "read", "entity": "User",
                 "where": [{"attribute": "userId", "op": "="}]}]}
            """;

    @Autowired
    Workspace workspace;

    @Test
    void aModelBuiltFromScratchHasTwoEntitiesARelationshipAndFourAccessPatterns() {
        WorkspacePage workspacePage = WorkspacePage.open(page, baseUrl());
        ModelPage model = workspacePage.createModel("Library");

        LibraryModel.build(model);
        screenshot("editor-access-patterns");

        ModelReader.Result saved = workspace.find("library").orElseThrow().read();
        assertThat(saved.problems()).isEmpty();
        Model library = saved.model();
        assertThat(library.entities()).extracting(e -> e.name()).containsExactly("Author", "Book");
        assertThat(library.relationships()).singleElement()
                .satisfies(r -> assertThat(r.foreignKey()).containsExactly("authorId"));
        assertThat(library.accessPatterns()).hasSize(4);
        assertThat(library.accessPatterns().get(1).orderBy().descending()).isTrue();
        assertThat(model.saveStatus()).isEqualTo("All changes saved");

        model.openTab("Design");
        assertThat(model.planIds()).containsExactly("AP1", "AP2", "AP3", "AP4");
        screenshot("design");
        model.openTab("Model");
        model.click("add-access-pattern");
        model.fill("accessPatterns[4].name", "List books of an author by title");
        model.openTab("Design");
        assertThat(model.planIds()).containsExactly("AP1", "AP2", "AP3", "AP4", "AP5");

        model.openTab("Learn");
        assertThat(model.learnPosition()).startsWith("Step 1 of ");
        String first = model.learnStepText();
        model.learnNext();
        assertThat(model.learnPosition()).startsWith("Step 2 of ");
        assertThat(model.learnStepText()).isNotEqualTo(first);
        screenshot("learn");

        model.openTab("Export");
        assertThat(model.export("CloudFormation template (YAML)")).contains("AWS::DynamoDB::Table");
        screenshot("export");
        assertThat(model.export("Terraform")).contains("aws_dynamodb_table");
        assertThat(model.exportFiles()).contains("main.tf", "variables.tf");

        model.openTab("Diagram");
        page.locator("#diagram-image").waitFor();
        screenshot("diagram");
    }

    @Test
    void enterInTheLastAttributesNameStartsTheNextOneAndKeepsWhatWasTypedAtSpeed() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Typed at speed");
        model.addEntity("Room"); // the cursor is in its identifier, roomId
        page.keyboard().press("Enter");
        String[] names = {"hotelId", "floor"};
        for (int i = 0; i < names.length; i++) {
            String next = "entities[0].attributes[" + (i + 1) + "].name";
            page.waitForCondition(() -> model.hasFocus(next)); // the new row is there, the cursor in it
            page.keyboard().type(names[i], new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(20));
            // Enter at once, inside the typing pause: the name typed must not be lost to the new row
            page.keyboard().press("Enter");
        }
        page.waitForCondition(() -> model.hasFocus("entities[0].attributes[3].name"));
        model.settle();
        String id = workspace.names().entrySet().stream().filter(e -> e.getValue().equals("Typed at speed"))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        Model saved = workspace.find(id).orElseThrow().read().model();
        assertThat(saved.entities().getFirst().attributes()).extracting(a -> a.name())
                .containsExactly("roomId", "hotelId", "floor", "attribute4");
    }

    @Test
    void badInputShowsAMessageNextToTheFieldAndUndoTakesBackWhatWasSaved() {
        String id = workspace.importModel("undo-me.json", SMALL_MODEL.formatted("Undo me"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        String saved = workspace.snapshot(id).orElseThrow().text();

        model.fill("entities[0].attributes[1].name", "userId");
        assertThat(model.errorMessage("entities[0].attributes[1].name")).contains("userId");
        assertThat(workspace.snapshot(id).orElseThrow().text()).isEqualTo(saved);
        screenshot("editor-inline-problem");

        model.fill("entities[0].attributes[1].name", "mail");
        page.waitForCondition(() -> !model.isInvalid("entities[0].attributes[1].name"));
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("\"mail\"");

        model.undo();
        page.waitForCondition(() -> model.field("entities[0].attributes[1].name").locator("input").inputValue().equals("email"));
        assertThat(workspace.find(id).orElseThrow().read().model()).isEqualTo(ModelReader.parse(saved).model());
    }

    @Test
    void renamingAnEntityOrAttributeCarriesTheNewNameToTheAccessPatternsAndUndoesInOneStep() {
        String id = workspace.importModel("rename-me.json", SMALL_MODEL.formatted("Rename me"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);

        model.fill("entities[0].name", "Member");
        page.waitForCondition(() -> workspace.snapshot(id).orElseThrow().text().contains("\"Member\""));
        model.fill("entities[0].attributes[0].name", "memberId");
        page.waitForCondition(() -> workspace.snapshot(id).orElseThrow().text().contains("\"memberId\""));

        ModelReader.Result saved = workspace.find(id).orElseThrow().read();
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.model().accessPatterns().get(0).entity()).isEqualTo("Member");
        assertThat(saved.model().accessPatterns().get(0).where().get(0).attribute()).isEqualTo("memberId");
        model.openTab("Design");
        assertThat(model.planIds()).containsExactly("AP1");

        model.openTab("Model");
        model.undo();
        page.waitForCondition(() -> workspace.snapshot(id).orElseThrow().text().contains("\"userId\""));
        ModelReader.Result undone = workspace.find(id).orElseThrow().read();
        assertThat(undone.problems()).isEmpty();
        assertThat(undone.model().accessPatterns().get(0).where().get(0).attribute()).isEqualTo("userId");
        assertThat(undone.model().accessPatterns().get(0).entity()).isEqualTo("Member");
    }

    @Test
    void twoTabsOnOneModelNeverSilentlyOverwriteEachOther() {
        String id = workspace.importModel("shared.json", SMALL_MODEL.formatted("Shared"));
        ModelPage first = ModelPage.open(page, baseUrl(), id);
        Page secondPage = context.newPage();
        ModelPage second = ModelPage.open(secondPage, baseUrl(), id);

        first.fill("entities[0].attributes[1].name", "emailAddress");
        page.waitForCondition(() -> first.saveStatus().equals("All changes saved"));
        second.fill("entities[0].attributes[1].name", "mail");
        second.conflictBanner().waitFor();
        assertThat(second.saveStatus()).contains("changed in another tab");
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("emailAddress").doesNotContain("\"mail\"");

        second.click("conflict-reload");
        secondPage.waitForCondition(() -> second.field("entities[0].attributes[1].name").locator("input")
                .inputValue().equals("emailAddress"));
        assertThat(second.conflictBanner().isVisible()).isFalse();
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRun() {
        String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>"
                + "x".repeat(300);
        String id = workspace.importModel("hostile.json", SMALL_MODEL.formatted("Hostile"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.fill("entities[0].name", hostile);
        model.openTab("Settings");
        model.fill("name", hostile);
        page.waitForCondition(() -> model.title().startsWith("<img"));
        assertThat(model.title()).isEqualTo(hostile);
        model.openTab("Diagram");
        page.locator("#diagram-image").waitFor();
        WorkspacePage workspacePage = WorkspacePage.open(page, baseUrl());
        assertThat(workspacePage.cellTexts()).contains(hostile);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("img[src=x]").count()).isZero();
        screenshot("hostile-text");
    }
}
