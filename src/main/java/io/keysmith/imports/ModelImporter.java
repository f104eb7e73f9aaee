package io.keysmith.imports;

import java.util.Optional;

/** Turns another tool's file (and, for some formats, a file of the application's queries) into a Keysmith model. */
public interface ModelImporter {

    /** What kind of file this reads, for messages ("SQL schema", "NoSQL Workbench model"). */
    String kind();

    /** Whether the file looks like this importer's format, from its name and its content. */
    boolean recognises(ImportSource source);

    /** Whether {@link #read} takes a queries file. */
    boolean takesQueries();

    /**
     * Reads the file; throws {@link ImportFailure} with located messages when nothing can be
     * imported. Never throws anything else for bad input.
     */
    ImportResult read(ImportSource source, Optional<QueryFile> queries);
}
