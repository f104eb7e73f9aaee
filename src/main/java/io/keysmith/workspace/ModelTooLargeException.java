package io.keysmith.workspace;

/** A save refused because the model grew past one of the server's {@link ModelLimits}; the file is unchanged. */
public final class ModelTooLargeException extends RuntimeException {

    public ModelTooLargeException(String message) {
        super(message);
    }
}
