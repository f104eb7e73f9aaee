package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey in Chromium: a model built from scratch is designed, explained, exported and
 * verified on Keysmith's local engine; and a sample model is edited and the edit undone.
 */
class JourneyTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aModelFromScratchEndsAsALiveTableWhereEveryAccessPatternWorks() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Bookshop");
        LibraryModel.build(model);
        screenshot("journey-1-editor");

        model.openTab("Design");
        assertThat(model.planIds()).containsExactly("AP1", "AP2", "AP3", "AP4");
        screenshot("journey-2-design");

        model.openTab("Diagram");
        page.locator("#diagram-image").waitFor();
        screenshot("journey-3-diagram");

        model.openTab("Learn");
        String total = model.learnPosition().replaceAll(".* of (\\d+).*", "$1");
        List<String> steps = new ArrayList<>(List.of(model.learnStepText()));
        while (!model.learnPosition().startsWith("Step " + total + " of")) {
            model.learnNext();
            steps.add(model.learnStepText());
        }
        assertThat(steps).hasSize(Integer.parseInt(total)).doesNotHaveDuplicates();
        screenshot("journey-4-learn");

        model.openTab("Export");
        LivePage live = new LivePage(page);
        model.export("CloudFormation template (JSON)");
        JsonNode template = ModelJson.parseTree(live.download("export-download"));
        JsonNode table = template.path("Resources").properties().stream().map(e -> e.getValue())
                .filter(r -> r.path("Type").asString().equals("AWS::DynamoDB::Table")).findFirst().orElseThrow();
        JsonNode hashKey = table.path("Properties").path("KeySchema").get(0);
        assertThat(hashKey.path("KeyType").asString()).isEqualTo("HASH");
        assertThat(model.export("Terraform")).contains("resource \"aws_dynamodb_table\"");
        Map<String, String> terraform = live.downloadZip("export-zip");
        assertThat(terraform).containsKeys("main.tf", "variables.tf");
        assertThat(terraform.get("main.tf")).contains("resource \"aws_dynamodb_table\"", "hash_key");
        screenshot("journey-5-export");

        model.openTab("Live table");
        live.items(2_000);
        live.showPlan();
        assertThat(live.error().isVisible()).isFalse();
        // the live table has the key the exported template declares
        assertThat(live.plan()).contains("Target: Keysmith's local engine", "Table Bookshop: create",
                "key: " + hashKey.path("AttributeName").asString() + " (", "TTL:", "items");
        assertThat(live.canApply()).isTrue();
        live.createAndSeed();
        assertThat(live.error().isVisible()).isFalse();
        assertThat(live.summary()).isEqualTo("4 passed, 0 failed");
        assertThat(live.verdicts()).containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(live.progressValue()).isEqualTo(1.0);
        assertThat(live.seeded()).startsWith("Seeded ");
        page.setViewportSize(1440, 1300); // the result grid sits below the fold of a laptop screen
        screenshot("journey-6-live");

        // the same table again: the plan now reuses it, because its schema matches
        live.showPlan();
        assertThat(live.plan()).contains("Table Bookshop: reuse");

        // a changed model makes the shown plan and results stale
        model.openTab("Model");
        model.openTab("Settings");
        model.fill("name", "Bookshop 2");
        model.openTab("Live table");
        assertThat(live.status()).isEqualTo("The model changed; show the plan again.");
        assertThat(page.locator("#live-results").isVisible()).isFalse();
        live.showPlan();
        assertThat(live.plan()).contains("Table Bookshop2: create");
    }

    @Test
    void anEditToASampleModelChangesTheDesignAndUndoRestoresIt() throws IOException {
        String id = workspace.importModel("shop-to-edit.json", Files.readString(Path.of("sample-models", "online-shop.json")));
        String original = workspace.snapshot(id).orElseThrow().text();
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        screenshot("sample-model");
        model.openTab("Design");
        String costs = page.locator("#design-costs").innerText();

        model.openTab("Model");
        model.openTab("Access patterns");
        model.fill("accessPatterns[0].rate", "150000");
        model.openTab("Design");
        assertThat(page.locator("#design-costs").innerText()).isNotEqualTo(costs);
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("150000");

        model.undo();
        assertThat(page.locator("#design-costs").innerText()).isEqualTo(costs);
        assertThat(workspace.snapshot(id).orElseThrow().text()).isEqualTo(original);
    }
}
