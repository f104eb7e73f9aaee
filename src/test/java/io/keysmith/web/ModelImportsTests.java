package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.workspace.ImportException;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file kinds an upload may be, each saved as a new model; what cannot be one leaves the folder as it was. */
class ModelImportsTests {

    @TempDir
    Path folder;

    @Test
    void aWorkbenchFileIsConvertedAndSavedAsAValidKeysmithModel() throws IOException {
        Workspace workspace = new Workspace(folder);
        String text = Files.readString(Path.of("src/test/resources/web/lending-library.workbench.json"));

        ModelImports.Imported imported = ModelImports.importInto(workspace, "lending-library.workbench.json", text);

        assertThat(imported.id()).isEqualTo("lending-library");
        assertThat(imported.kind()).isEqualTo("NoSQL Workbench model");
        var saved = workspace.find(imported.id()).orElseThrow().read();
        assertThat(saved.ok()).isTrue();
        assertThat(saved.model().entities()).extracting(e -> e.name()).containsExactly("Member", "Book", "Loan");
    }

    @Test
    void aKeysmithModelIsSavedAsItIs() throws IOException {
        Workspace workspace = new Workspace(folder);
        String text = Files.readString(Path.of("src/test/resources/web/forms.model.json"));

        ModelImports.Imported imported = ModelImports.importInto(workspace, "forms.json", text);

        assertThat(imported.kind()).isEqualTo("Keysmith model");
        assertThat(workspace.snapshot(imported.id()).orElseThrow().text().strip()).isEqualTo(text.strip());
    }

    @Test
    void aWorkbenchFileWithoutKeysIsRefusedNamingTheMissingFieldAndNothingIsWritten() throws IOException {
        Workspace workspace = new Workspace(folder);
        String text = "{\"ModelName\": \"x\", \"DataModel\": [{\"TableName\": \"T\"}]}";

        assertThatThrownBy(() -> ModelImports.importInto(workspace, "x.json", text))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("x.json")
                .hasMessageContaining("DataModel[0].KeyAttributes.PartitionKey");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void malformedJsonIsReportedWithItsLineByTheKeysmithReader() {
        Workspace workspace = new Workspace(folder);
        assertThatThrownBy(() -> ModelImports.importInto(workspace, "bad.json", "{\n \"DataModel\": [\n oops"))
                .isInstanceOf(ImportException.class).hasMessageContaining("bad.json").hasMessageContaining("line");
    }

    @Test
    void anSqlSchemaIsImportedAsAValidModelNamedAfterTheFile() throws IOException {
        Workspace workspace = new Workspace(folder);
        String text = Files.readString(Path.of("src/test/resources/sql/blog-mysql.sql"));

        ModelImports.Imported imported = ModelImports.importInto(workspace, "blog-mysql.sql", text);

        assertThat(imported.id()).isEqualTo("blog-mysql");
        assertThat(imported.kind()).isEqualTo("SQL schema");
        assertThat(imported.notes()).anyMatch(n -> n.contains("DROP TABLE"));
        var saved = workspace.find(imported.id()).orElseThrow().read();
        assertThat(saved.ok()).isTrue();
        assertThat(saved.model().entities()).extracting(e -> e.name()).contains("User", "Post", "PostTag");
    }

    @Test
    void anSqlFileWithoutATableIsRefusedWithWhereAndNothingIsWritten() throws IOException {
        Workspace workspace = new Workspace(folder);
        assertThatThrownBy(() -> ModelImports.importInto(workspace, "x.sql", "CREATE TABLE t (\n id int,,\n);"))
                .isInstanceOf(ImportException.class)
                .hasMessage("x.sql: line 2, column 8: CREATE TABLE t skipped: unexpected \",\" (and 1 more)");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
