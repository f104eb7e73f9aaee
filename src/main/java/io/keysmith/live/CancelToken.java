package io.keysmith.live;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a caller (a button, Ctrl-C) stop a running seed between requests. */
public final class CancelToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
