package io.keysmith.web;

import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.workspace.Workspace;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row of the workspace list: a model file and what it holds, or how many problems it has. */
record ModelSummary(String id, String name, int entities, int patterns, int errors, String searchText) {

    static ModelSummary of(Workspace.ModelFile file) {
        var result = file.read();
        Model model = result.model();
        if (model == null) {
            return new ModelSummary(file.id(), file.id(), 0, 0, result.errors().size(), file.id().toLowerCase(Locale.ROOT));
        }
        String name = model.name() == null || model.name().isBlank() ? file.id() : model.name();
        String text = String.join(" ", name, file.id(), model.description() == null ? "" : model.description(),
                model.entities().stream().map(Entity::name).collect(Collectors.joining(" ")));
        return new ModelSummary(file.id(), name, model.entities().size(), model.accessPatterns().size(),
                result.errors().size(), text.toLowerCase(Locale.ROOT));
    }

    /** "valid", or how many problems the file has. */
    String status() {
        return errors == 0 ? "valid" : Plural.of(errors, "problem");
    }
}
