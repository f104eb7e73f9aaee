package io.keysmith.workspace;

/** An uploaded file that cannot become a model, with a message naming the problem. */
public final class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }
}
