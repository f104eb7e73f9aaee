package io.keysmith.imports;

import io.keysmith.sql.SqlImporter;
import java.util.List;
import java.util.Optional;

/** The importers Keysmith knows, and which one reads a given file. */
public final class ModelImporters {

    private static final List<ModelImporter> ALL = List.of(new WorkbenchModelImporter(), new SqlImporter());

    private ModelImporters() {
    }

    public static List<ModelImporter> all() {
        return ALL;
    }

    /** The importer for a file, by its name and content; empty for anything else (e.g. a Keysmith model). */
    public static Optional<ModelImporter> forSource(ImportSource source) {
        return ALL.stream().filter(i -> i.recognises(source)).findFirst();
    }

    /**
     * The importer the command line uses: the one that recognises the file, else the Workbench
     * importer for anything that may be JSON (it says what is wrong with it); empty for other text.
     */
    public static Optional<ModelImporter> forCommandLine(ImportSource source) {
        Optional<ModelImporter> found = forSource(source);
        String head = source.text().stripLeading();
        if (found.isEmpty() && (source.name().endsWith(".json") || head.startsWith("{") || head.startsWith("[") || head.isEmpty())) {
            return Optional.of(ALL.getFirst());
        }
        return found;
    }
}
