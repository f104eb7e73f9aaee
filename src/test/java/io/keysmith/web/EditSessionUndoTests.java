package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.cli.GeneratedModels;
import io.keysmith.workspace.ModelLimits;
import io.keysmith.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo of a large model keeps the latest steps within a bound of memory, and they still undo. */
class EditSessionUndoTests {

    @Test
    void manyEditsOfALargeModelKeepUndoWithinItsBoundAndTheLatestStepsUndo(@TempDir Path folder) {
        Workspace workspace = new Workspace(folder, ModelLimits.DEFAULT);
        workspace.save("large", GeneratedModels.of(1_000, 4));
        EditSession session = new EditSession(workspace, "large", workspace.snapshot("large").orElseThrow());
        int steps = (int) (EditSession.MAX_UNDO_CHARS / session.text().length()) + 10;

        for (int i = 1; i <= steps; i++) {
            int step = i;
            session.edit(null, false, doc -> JsonPaths.setText(doc, "entities[0]", "description", "step " + step));
        }

        assertThat(session.undoHeld()).isLessThanOrEqualTo(EditSession.MAX_UNDO_CHARS);
        session.undo();
        session.undo();
        assertThat(JsonPaths.text(session.doc(), "entities[0].description")).isEqualTo("step " + (steps - 2));
        session.redo();
        assertThat(JsonPaths.text(session.doc(), "entities[0].description")).isEqualTo("step " + (steps - 1));
        while (session.canUndo()) {
            session.undo();
        }
        // the oldest steps were dropped: undo stops at the oldest one kept, not at the file as it was opened
        assertThat(JsonPaths.text(session.doc(), "entities[0].description")).startsWith("step ");
        assertThat(session.undoHeld()).isLessThanOrEqualTo(EditSession.MAX_UNDO_CHARS);
    }
}
