package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelReader;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading a NoSQL Workbench file on the workspace screen: it becomes a new model that opens; a broken one changes nothing. */
class WorkbenchUploadTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aWorkbenchFileBecomesANewModelThatOpensWithItsEntities() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.importFile(Path.of("src/test/resources/web/lending-library.workbench.json"));

        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        assertThat(model.title()).isEqualTo("Lending library");
        assertThat(model.listed("entities")).containsExactly("Member", "Book", "Loan");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        ModelReader.Result saved = workspace.find(id).orElseThrow().read();
        assertThat(saved.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(saved.model().settings().tableName()).isEqualTo("Library");
        assertThat(saved.model().entities().get(2).identifiers()).extracting(a -> a.name())
                .containsExactly("memberId", "isbn");
        workspace.delete(id); // the workspace is shared by every browser test
    }

    @Test
    void aBrokenWorkbenchFileIsRefusedWithTheProblemAndTheWorkspaceStaysAsItWas(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("no-keys.json");
        Files.writeString(broken, """
                {"ModelName": "No keys", "DataModel": [{"TableName": "Orders", "NonKeyAttributes": []}]}
                """);
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        long before = modelFiles();
        list.importFile(broken);

        String message = list.notification("no-keys.json");
        assertThat(message).contains("DataModel[0]").contains("PartitionKey");
        assertThat(page.url()).isEqualTo(baseUrl());
        assertThat(modelFiles()).isEqualTo(before);
    }

    private long modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(workspace.folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
