package io.keysmith.sql;

import io.keysmith.imports.ImportResult;
import io.keysmith.imports.ImportSource;
import io.keysmith.imports.QueryFile;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test helpers: import SQL text or files, and find parts of the model. */
final class SqlImports {

    private SqlImports() {
    }

    static ImportResult of(String name, String sql) {
        return new SqlImporter().read(new ImportSource(name, sql), Optional.empty());
    }

    static ImportResult of(String name, String sql, String queriesName, String queries) {
        return new SqlImporter().read(new ImportSource(name, sql),
                Optional.of(new QueryFile(new ImportSource(queriesName, queries), null)));
    }

    static String file(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entity entity(Model model, String name) {
        return model.entity(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    static Attribute attribute(Model model, String entity, String name) {
        return entity(model, entity).attribute(name).orElseThrow(() -> new AssertionError("no attribute " + entity + "." + name));
    }

    static AccessPattern pattern(Model model, String name) {
        return model.accessPatterns().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no pattern named " + name + " in "
                        + model.accessPatterns().stream().map(AccessPattern::name).toList()));
    }
}
