package io.keysmith.export;

import java.nio.file.Path;

/**
 * Options of an export: a folder of user templates overriding the bundled ones (null for none),
 * the seed number and item count of generated sample data, and whether infrastructure exports
 * also carry the IAM policies ({@code --iam}).
 */
public record ExportOptions(Path templates, long seed, int count, boolean iam) {

    public static final int DEFAULT_COUNT = 100;

    public static final ExportOptions DEFAULT = new ExportOptions(null, 1, DEFAULT_COUNT, false);

    public ExportOptions(Path templates, long seed, int count) {
        this(templates, seed, count, false);
    }

    public ExportOptions {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    /**
     * The template folder of the {@code keysmith.templates} setting (system property) or the
     * {@code KEYSMITH_TEMPLATES} environment variable, or null.
     */
    public static Path configuredTemplates() {
        String value = System.getProperty("keysmith.templates");
        if (value == null || value.isBlank()) {
            value = System.getenv("KEYSMITH_TEMPLATES");
        }
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    public ExportOptions withTemplates(Path folder) {
        return new ExportOptions(folder, seed, count, iam);
    }

    public ExportOptions withIam(boolean on) {
        return new ExportOptions(templates, seed, count, on);
    }
}
