package io.keysmith.export;

/** A design or model that cannot be exported as asked, with a message meant for the user. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
