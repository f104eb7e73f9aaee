package io.keysmith.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTests {

    @TempDir
    Path folder;

    @Test
    void aTemplateInTheUserFolderReplacesTheBundledOneAndOthersStayBundled() throws IOException {
        Files.createDirectories(folder.resolve("terraform"));
        Files.writeString(folder.resolve("terraform/outputs.tf.mustache"), "# my outputs{{#tables}} {{resource}}{{/tables}}\n");
        List<ExportedFile> files = Exporters.export(null, ExportFixtures.design("shop.design.json"), Format.TERRAFORM,
                ExportOptions.DEFAULT.withTemplates(folder));
        Map<String, String> byPath = files.stream().collect(java.util.stream.Collectors.toMap(ExportedFile::path, ExportedFile::content));
        assertThat(byPath.get("outputs.tf")).isEqualTo("# my outputs small_shop\n");
        assertThat(byPath.get("main.tf")).isEqualTo(ExportFixtures.text("golden/terraform/main.tf"));
    }

    @Test
    void valuesAreNotHtmlEscaped() {
        Path none = folder.resolve("none");
        TemplateRenderer renderer = new TemplateRenderer(none);
        assertThat(renderer.render("code/access_patterns.py.mustache", Map.of("title", "<a & \"b\">")))
                .startsWith("# One request per access pattern of <a & \"b\">");
    }

    @Test
    void pathsOutsideTheUserFolderAreNotRead() throws IOException {
        Path user = Files.createDirectories(folder.resolve("user"));
        Files.createDirectories(folder.resolve("terraform"));
        Files.writeString(folder.resolve("terraform/outputs.tf.mustache"), "outside\n");
        assertThatThrownBy(() -> new TemplateRenderer(user).render("../terraform/outputs.tf.mustache", Map.of()))
                .isInstanceOf(ExportException.class).hasMessageContaining("template not found");
    }

    @Test
    void aMissingTemplateIsNamed() {
        assertThatThrownBy(() -> new TemplateRenderer(null).render("nowhere/x.mustache", Map.of()))
                .isInstanceOf(ExportException.class).hasMessage("template not found: nowhere/x.mustache");
    }
}
