package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.keysmith.cli.GeneratedModels;
import io.keysmith.model.ModelJson;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large model in the browser: it imports, its editors show every entity and relationship without
 * a component per row, its design draws the first rows of its key templates and the rest on request,
 * an edit shows in its design, and a file past the server's size limit is refused with a message.
 */
class LargeModelTests extends BrowserTest {

    private static final int ENTITIES = 300;

    @Autowired
    Workspace workspace;

    @Test
    void aLargeModelImportsOpensAndItsDesignShowsAnEdit(@TempDir Path dir) throws IOException {
        context.setDefaultTimeout(120_000); // the engine's first design of a large model in a cold JVM is slow
        Path file = dir.resolve("large-model.json");
        Files.writeString(file, ModelJson.write(GeneratedModels.of(ENTITIES, 4)));

        WorkspacePage.open(page, baseUrl()).importFile(file);
        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        // the title can be drawn before the browser's address changes to the model's: read the id once it has
        page.waitForURL(java.util.regex.Pattern.compile(".*/models/[^/]+$"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(model.listed("entities")).contains("E0");
        screenshot("large-entities");

        model.openTab("Relationships");
        assertThat(model.field("relationships[0].from").locator("input").inputValue()).isEqualTo("E0");
        assertThat(model.field("relationships[0].to").locator("input").inputValue()).isEqualTo("E1");
        assertThat(page.locator("#relationships").evaluate("g => g.size")).isEqualTo(ENTITIES - 1);
        screenshot("large-relationships");

        model.openTab("Design");
        String costs = page.locator("#design-costs").innerText();
        assertThat(costs).doesNotContain("Designing");
        // every plan is reachable: the last of them, far past the first page of rows, is drawn when scrolled to
        String last = "P" + (ENTITIES * 4 - 1);
        page.locator("#plans").evaluate("g => g.scrollToIndex(" + (ENTITIES * 4 - 1) + ")");
        page.locator("#plans vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(last)).first()
                .waitFor();
        screenshot("large-design");
        // the key templates draw their first rows, more on request, and a plan's entity link draws its entity's row
        Locator keyRows = page.locator("#design-keys .ks-key-templates tbody tr");
        assertThat(keyRows.count()).isEqualTo(DesignPanel.KEY_ROWS);
        page.locator("#design-keys-more").click();
        model.settle();
        assertThat(keyRows.count()).isGreaterThan(DesignPanel.KEY_ROWS);
        String lastEntity = "E" + (ENTITIES - 1);
        assertThat(page.locator("#design-keys tr[data-entity=" + lastEntity + "]").count()).isZero();
        page.locator("#plans vaadin-grid-cell-content .ks-badge").filter(new Locator.FilterOptions().setHasText(lastEntity))
                .first().click();
        page.locator("#design-keys tr.ks-flash[data-entity=" + lastEntity + "]").waitFor();

        model.openTab("Model");
        model.openTab("Access patterns");
        model.fill("accessPatterns[0].rate", "150000");
        screenshot("large-access-pattern-edited");
        model.openTab("Design");
        assertThat(page.locator("#design").getAttribute("data-state")).isEqualTo("ready");
        assertThat(page.locator("#design-costs").innerText()).isNotEqualTo(costs);
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("150000");
        workspace.delete(id); // the workspace is shared by every browser test
    }

    @Test
    void aFileLargerThanTheServerHoldsIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("too-large.json");
        Files.writeString(file, "{\"format\": \"keysmith-model/1\", \"name\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}");
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        int before = workspace.list().size();

        list.importFile(file);

        assertThat(list.notification("too-large.json")).contains("larger than 16.0 MB")
                .contains("keysmith.limits.bytes");
        screenshot("import-too-large");
        assertThat(workspace.list()).hasSize(before);
        assertThat(page.url()).isEqualTo(baseUrl());
    }
}
