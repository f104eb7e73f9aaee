package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * When the engine or the live table fails, each panel says so in a sentence and the server log keeps
 * the cause. No valid model makes the engine fail, so a failing engine is put in its place.
 */
@ExtendWith(OutputCaptureExtension.class)
class PanelFailureTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aDesignTheEngineCannotMakeIsExplainedOnEveryPanelAndLoggedWithItsCause(CapturedOutput output) {
        String id = workspace.importModel("rejected.json", LibraryModel.SMALL.formatted("Rejected"));
        var engine = WebDesigns.engine;
        WebDesigns.engine = (rejected, style) -> {
            throw new NullPointerException("no key for " + rejected.name());
        };
        try {
            explainedOnEveryPanel(id, output);
        } finally {
            WebDesigns.engine = engine;
        }
    }

    private void explainedOnEveryPanel(String id, CapturedOutput output) {
        ModelPage model = ModelPage.open(page, baseUrl(), id);

        model.openTab("Design");
        page.locator("#design-error").waitFor();
        assertThat(page.locator("#design-error").innerText()).isEqualTo("The engine could not design this model: "
                + "Keysmith hit an internal error (NullPointerException). Please report it with the model. "
                + "The details are in the server log.");
        assertThat(output.getAll()).contains("The design of " + id + " failed").contains("java.lang.NullPointerException");
        screenshot("design-error");

        model.openTab("Export");
        assertThat(page.locator("#export-error").innerText())
                .startsWith("Keysmith could not make the CloudFormation").contains("internal error (NullPointerException)");
        assertThat(output.getAll()).contains("The cloudformation export of " + id + " failed");
        screenshot("export-error");

        model.openTab("Live table");
        LivePage live = new LivePage(page);
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("Keysmith hit an internal error (NullPointerException)")
                .endsWith("Nothing was changed.");
        assertThat(output.getAll()).contains("Live table work failed");
    }

    @Test
    void aWalkthroughTheEngineCannotMakeIsExplainedAndLogged(CapturedOutput output) {
        String id = workspace.importModel("walk-fails.json", LibraryModel.SMALL.formatted("WalkFails"));
        var engine = LearnPanel.engine;
        LearnPanel.engine = model -> {
            throw new IllegalStateException("no rule left to apply to " + model.name());
        };
        try {
            ModelPage.open(page, baseUrl(), id).openTab("Learn");
            assertThat(page.locator("#learn-error").innerText()).isEqualTo("The engine could not explain this model's design: "
                    + "Keysmith hit an internal error (IllegalStateException). Please report it with the model. "
                    + "The details are in the server log.");
            assertThat(page.locator("#learn-step").innerText()).doesNotContain("appears once the model has no errors");
            String log = output.getAll();
            assertThat(log).contains("The walkthrough of " + id + " failed")
                    .contains("java.lang.IllegalStateException: no rule left to apply to WalkFails");
            screenshot("learn-error");
        } finally {
            LearnPanel.engine = engine;
        }
    }

    @Test
    void anUnreachableEndpointIsLoggedWithTheCauseTheMessageLeavesOut(CapturedOutput output) {
        String id = workspace.importModel("unreachable-log.json", LibraryModel.SMALL.formatted("UnreachableLog"));
        ModelPage.open(page, baseUrl(), id).openTab("Live table");
        LivePage live = new LivePage(page);
        live.chooseEndpoint("http://127.0.0.1:9");
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("Cannot reach DynamoDB at endpoint http://127.0.0.1:9");
        String log = output.getAll();
        assertThat(log).contains("WARN").contains("Live table work failed: cannot reach DynamoDB at endpoint http://127.0.0.1:9");
        assertThat(log.substring(log.indexOf("Live table work failed"))).contains("Caused by:");
    }
}
