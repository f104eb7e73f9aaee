package io.keysmith.imports;

/** A file given to an importer: its name (for messages and the model's name) and its text. */
public record ImportSource(String name, String text) {

    public ImportSource {
        name = name == null || name.isBlank() ? "input" : name;
        text = text == null ? "" : text;
    }

    /** The file name without folders and without its last extension ({@code db/shop.sql} gives {@code shop}). */
    public String baseName() {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
