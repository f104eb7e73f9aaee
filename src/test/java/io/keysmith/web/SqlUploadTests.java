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

/** Uploading SQL DDL on the workspace screen: it becomes a new model that opens; a file without a readable table changes nothing. */
class SqlUploadTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void anSqlSchemaBecomesANewModelThatOpensWithItsEntities() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        list.importFile(Path.of("src/test/resources/sql/blog-mysql.sql"));

        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        assertThat(model.listed("entities")).containsExactly("User", "Post", "Comment", "Tag", "PostTag", "PageView");
        assertThat(list.notification("Imported SQL schema")).contains("blog-mysql").contains("DROP TABLE");
        screenshot("import-sql");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        ModelReader.Result saved = workspace.find(id).orElseThrow().read();
        assertThat(saved.ok()).isTrue();
        assertThat(saved.model().accessPatterns()).allMatch(p -> p.wasInferred());
        workspace.delete(id); // the workspace is shared by every browser test
    }

    @Test
    void anSqlFileWithoutAReadableTableIsRefusedWithWhereAndTheWorkspaceStaysAsItWas(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.sql");
        Files.writeString(broken, "SET search_path = shop;\nCREATE TABLE orders (\n  id int,,\n);\n");
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        long before = modelFiles();
        list.importFile(broken);

        String message = list.notification("broken.sql");
        assertThat(message).contains("broken.sql: line 3, column 9: CREATE TABLE orders skipped: unexpected \",\"");
        screenshot("import-sql-refused");
        assertThat(page.url()).isEqualTo(baseUrl());
        assertThat(modelFiles()).isEqualTo(before);
    }

    private long modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(workspace.folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
