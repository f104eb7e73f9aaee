package io.keysmith.export.workbench;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.util.List;

/** The result of importing a Workbench file: the model, the design the file describes, and notes on guesses made. */
public record WorkbenchImport(Model model, Design design, List<String> notes) {

    public WorkbenchImport {
        notes = List.copyOf(notes);
    }
}
