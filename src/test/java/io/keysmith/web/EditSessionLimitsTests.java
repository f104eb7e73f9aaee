package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.cli.GeneratedModels;
import io.keysmith.workspace.ModelLimits;
import io.keysmith.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit that would make the model larger than the server holds is undone and says why. */
class EditSessionLimitsTests {

    @Test
    void addingAnEntityPastTheLimitIsNotSavedAndTheSessionSaysWhich(@TempDir Path folder) {
        Workspace workspace = new Workspace(folder, new ModelLimits(10_000_000, 3, 100));
        workspace.save("three", GeneratedModels.of(3, 4));
        EditSession session = new EditSession(workspace, "three", workspace.snapshot("three").orElseThrow());
        String before = session.text();

        session.edit(null, true, doc -> JsonPaths.array(doc, "entities").addObject().put("name", "Fourth"));

        assertThat(session.tooLarge()).isEqualTo(
                "three.json has 4 entities; this server holds models of at most 3 (keysmith.limits.entities).");
        assertThat(session.text()).isEqualTo(before);
        assertThat(workspace.snapshot("three").orElseThrow().text()).isEqualTo(before);
        assertThat(session.canUndo()).isFalse();

        session.edit(null, false, doc -> JsonPaths.setText(doc, "entities[0]", "description", "kept"));
        assertThat(session.tooLarge()).isNull();
        assertThat(workspace.snapshot("three").orElseThrow().text()).contains("kept");
    }
}
