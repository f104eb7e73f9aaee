package io.keysmith.imports;

import io.keysmith.export.workbench.WorkbenchImport;
import io.keysmith.export.workbench.WorkbenchImportException;
import io.keysmith.export.workbench.WorkbenchImporter;
import io.keysmith.model.ModelJson;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The NoSQL Workbench importer behind the {@link ModelImporter} interface. */
final class WorkbenchModelImporter implements ModelImporter {

    @Override
    public String kind() {
        return "NoSQL Workbench model";
    }

    /** A Workbench file is a JSON object with a "DataModel"; a Keysmith model never has one. */
    @Override
    public boolean recognises(ImportSource source) {
        try {
            JsonNode root = ModelJson.parseTree(source.text());
            return root != null && root.isObject() && root.has("DataModel");
        } catch (JacksonException e) {
            return false;
        }
    }

    @Override
    public boolean takesQueries() {
        return false;
    }

    @Override
    public ImportResult read(ImportSource source, Optional<QueryFile> queries) {
        try {
            WorkbenchImport imported = WorkbenchImporter.readWithDesign(source.text());
            return new ImportResult(kind(), imported.model(), imported.design(), imported.notes(), List.of());
        } catch (WorkbenchImportException e) {
            throw new ImportFailure(source.name() + ": " + e.getMessage());
        }
    }
}
