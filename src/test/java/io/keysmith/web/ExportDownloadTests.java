package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Export tab's "Download file" saves the file the user chose, under that file's own name. */
class ExportDownloadTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void theChosenFileIsSavedUnderItsOwnNameWithItsOwnText() {
        String id = workspace.importModel("downloads.json", LibraryModel.SMALL.formatted("Downloads"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Export");
        model.export("Terraform module");
        String preview = model.exportFile("outputs.tf");

        LivePage downloads = new LivePage(page);
        assertThat(downloads.downloadName("export-download")).isEqualTo("outputs.tf");
        assertThat(downloads.download("export-download").strip()).isEqualTo(preview.strip());
    }
}
