package io.keysmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTests {

    @TempDir
    Path folder;

    @Test
    void aNewWorkspaceHoldsTheSampleModels() {
        Workspace workspace = new Workspace(folder).initialize();
        assertThat(workspace.list()).extracting(Workspace.ModelFile::id).contains("online-shop", "direct-messaging");
    }

    @Test
    void createDuplicateRenameAndDeleteWithUndo() {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("My Shop <b>!");
        assertThat(id).isEqualTo("my-shop-b");
        assertThat(workspace.find(id).orElseThrow().read().model().name()).isEqualTo("My Shop <b>!");

        String copy = workspace.duplicate(id);
        assertThat(copy).isEqualTo("my-shop-b-copy");
        assertThat(workspace.find(copy).orElseThrow().read().model().name()).isEqualTo("My Shop <b>! (copy)");

        String renamed = workspace.rename(copy, "Second shop");
        assertThat(renamed).as("the id, and so every link, stays").isEqualTo(copy);
        assertThat(workspace.find(renamed).orElseThrow().read().model().name()).isEqualTo("Second shop");

        Workspace.Deleted deleted = workspace.delete(renamed);
        assertThat(workspace.list()).extracting(Workspace.ModelFile::id).containsExactly(id);
        assertThat(workspace.restore(deleted)).isEqualTo(copy);
        assertThat(workspace.list()).extracting(Workspace.ModelFile::id).containsExactlyInAnyOrder(id, copy);
    }

    @Test
    void noTwoModelsShareAName() {
        Workspace workspace = new Workspace(folder);
        String shop = workspace.create("Shop");
        String other = workspace.create("Other");
        assertThatThrownBy(() -> workspace.create(" shop ")).isInstanceOf(NameTakenException.class)
                .hasMessage("Another model is already named \u201cshop\u201d; choose a name no other model has.");
        assertThatThrownBy(() -> workspace.rename(other, "SHOP")).isInstanceOf(NameTakenException.class);
        assertThat(workspace.rename(shop, "Shop")).as("a model may keep its own name").isEqualTo(shop);

        workspace.duplicate(shop);
        workspace.duplicate(shop);
        String text = workspace.snapshot(shop).orElseThrow().text();
        workspace.importModel("shop.json", text);
        workspace.importModel("shop.json", text);
        assertThat(workspace.names().values())
                .containsExactlyInAnyOrder("Shop", "Other", "Shop (copy)", "Shop (copy 2)", "Shop (2)", "Shop (3)");

        Workspace.Deleted deleted = workspace.delete(shop);
        workspace.create("Shop");
        String restored = workspace.restore(deleted);
        assertThat(workspace.names().get(restored)).isEqualTo("Shop (4)");
    }

    @Test
    void aLinkThatNamesTheModelByItsOldFileNameFindsIt() {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("Renamed later");
        workspace.rename(id, "Team accounts");
        assertThat(workspace.idForLink(id)).contains(id);
        assertThat(workspace.idForLink("team-accounts")).contains(id);
        assertThat(workspace.idForLink("nothing-like-it")).isEmpty();
    }

    @Test
    void aSaveAgainstAnOldVersionIsRefusedAndLeavesTheFileAlone() {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("Shared");
        Snapshot firstTab = workspace.snapshot(id).orElseThrow();
        Snapshot secondTab = workspace.snapshot(id).orElseThrow();

        Snapshot saved = workspace.save(id, firstTab.text().replace("Shared", "First"), firstTab.version());
        assertThat(saved.version()).isNotEqualTo(firstTab.version());

        assertThatThrownBy(() -> workspace.save(id, secondTab.text().replace("Shared", "Second"), secondTab.version()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed elsewhere");
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("First").doesNotContain("Second");
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        Workspace workspace = new Workspace(folder);
        String id = workspace.create("Atomic");
        Snapshot snapshot = workspace.snapshot(id).orElseThrow();
        workspace.save(id, snapshot.text().replace("Atomic", "Saved"), snapshot.version());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("atomic.json");
        }
    }

    @Test
    void importKeepsAReadableModelAndRejectsBrokenJsonWithItsLocation() throws IOException {
        Workspace workspace = new Workspace(folder).initialize();
        String text = Files.readString(workspace.find("users-service").orElseThrow().path());
        assertThat(workspace.importModel("users-service.json", text)).isEqualTo("users-service-2");
        assertThatThrownBy(() -> workspace.importModel("broken.json", "{\"name\": "))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.json: ")
                .hasMessageContaining("line");
        assertThat(ModelReader.parse(text).ok()).isTrue();
    }

    @Test
    void idsThatCouldLeaveTheFolderAreNotFound() {
        Workspace workspace = new Workspace(folder).initialize();
        assertThat(workspace.find("../etc/passwd")).isEmpty();
        assertThat(workspace.find("..")).isEmpty();
    }
}
