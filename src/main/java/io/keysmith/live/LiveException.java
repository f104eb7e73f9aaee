package io.keysmith.live;

/** A problem with the live table the user can act on; its message is one clear sentence. */
public class LiveException extends RuntimeException {

    public LiveException(String message) {
        super(message);
    }
}
