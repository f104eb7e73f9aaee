package io.keysmith.imports;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.util.List;

/**
 * What an import made: the model, the design the source describes when it has one (a NoSQL
 * Workbench file does, SQL does not), notes on the guesses made, and warnings about what was left
 * out (each naming where it is in the source), which the user must see.
 */
public record ImportResult(String kind, Model model, Design design, List<String> notes, List<String> warnings) {

    public ImportResult {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
