package io.keysmith.web;

import io.keysmith.export.workbench.WorkbenchImport;
import io.keysmith.export.workbench.WorkbenchImportException;
import io.keysmith.export.workbench.WorkbenchImporter;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Problem;
import io.keysmith.workspace.ImportException;
import io.keysmith.workspace.Workspace;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns an uploaded file into a workspace model, whatever format it is in (Keysmith JSON or NoSQL Workbench). */
final class ModelImports {

    /** What an upload became: the new model's id, the kind of file it was, and what the user should know. */
    record Imported(String id, String kind, List<String> notes) {
    }

    private ModelImports() {
    }

    /** Saves the file as a new model; throws {@link ImportException} naming the problem, leaving the workspace as it was. */
    static Imported importInto(Workspace workspace, String fileName, String text) {
        if (!isWorkbench(text)) {
            return new Imported(workspace.importModel(fileName, text), "Keysmith model", List.of());
        }
        WorkbenchImport converted;
        try {
            converted = WorkbenchImporter.readWithDesign(text);
        } catch (WorkbenchImportException e) {
            throw new ImportException(fileName + ": " + e.getMessage());
        }
        List<Problem> errors = ModelValidator.validate(converted.model()).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ImportException(fileName + ": the NoSQL Workbench model converts to a model with errors: "
                    + errors.getFirst() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        String id = workspace.importModel(fileName.replaceFirst("(?i)\\.workbench(?=\\.json$)", ""),
                ModelJson.write(converted.model()));
        return new Imported(id, "NoSQL Workbench model", converted.notes());
    }

    /** A Workbench file is a JSON object with a "DataModel"; a Keysmith model never has one (unknown fields are refused). */
    static boolean isWorkbench(String text) {
        try {
            JsonNode root = ModelJson.parseTree(text);
            return root != null && root.isObject() && root.has("DataModel");
        } catch (JacksonException e) {
            return false; // malformed JSON: the Keysmith reader reports where
        }
    }
}
