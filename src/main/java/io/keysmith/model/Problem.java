package io.keysmith.model;

/**
 * One problem found in a model file, with where it is: a JSON path such as
 * {@code accessPatterns[3].where[1].attribute}, or {@code line 4, column 7} for malformed JSON.
 */
public record Problem(Severity severity, String location, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(String location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = location == null || location.isEmpty() ? "" : location + ": ";
        return (severity == Severity.WARNING ? "warning: " : "") + where + message;
    }
}
