package io.keysmith.live;

/** A problem with the live table the user can act on; its message is one clear sentence. */
public class LiveException extends RuntimeException {

    public LiveException(String message) {
        super(message);
    }

    /** Keeps the failure that led to it, for the log. */
    public LiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
