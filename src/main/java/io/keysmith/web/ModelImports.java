package io.keysmith.web;

import io.keysmith.imports.ImportFailure;
import io.keysmith.imports.ImportResult;
import io.keysmith.imports.ImportSource;
import io.keysmith.imports.ModelImporter;
import io.keysmith.imports.ModelImporters;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Problem;
import io.keysmith.workspace.ImportException;
import io.keysmith.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an uploaded file into a workspace model, whatever format it is in: a Keysmith model is
 * saved as it is; a NoSQL Workbench model or SQL DDL goes through the importer that recognises it
 * (the same ones as the command line's {@code import}).
 */
final class ModelImports {

    /** What an upload became: the new model's id, the kind of file it was, and what the user should know. */
    record Imported(String id, String kind, List<String> notes) {
    }

    private ModelImports() {
    }

    /** Saves the file as a new model; throws {@link ImportException} naming the problem, leaving the workspace as it was. */
    static Imported importInto(Workspace workspace, String fileName, String text) {
        workspace.limits().refusesSize(fileName, text.length()).ifPresent(reason -> {
            throw new ImportException(reason);
        });
        ImportSource source = new ImportSource(fileName, text);
        Optional<ModelImporter> importer = ModelImporters.forSource(source);
        if (importer.isEmpty()) {
            return new Imported(workspace.importModel(fileName, text), "Keysmith model", List.of());
        }
        ImportResult converted;
        try {
            converted = importer.get().read(source, Optional.empty());
        } catch (ImportFailure e) {
            int more = e.problems().size() - 1;
            throw new ImportException(e.getMessage() + (more > 0 ? " (and " + more + " more)" : ""));
        }
        List<Problem> errors = ModelValidator.validate(converted.model()).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ImportException(fileName + ": the " + converted.kind() + " converts to a model with errors: "
                    + errors.getFirst() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        String name = fileName.replaceFirst("(?i)\\.workbench(?=\\.json$)", "").replaceFirst("(?i)\\.sql$", ".json");
        String id = workspace.importModel(name, ModelJson.write(converted.model()));
        List<String> notes = new ArrayList<>(converted.warnings());
        notes.addAll(converted.notes());
        return new Imported(id, converted.kind(), notes);
    }
}
