package io.keysmith.design;

/**
 * Thrown when the thread designing a model is interrupted (a newer edit made the design stale, or
 * it ran past its time limit): the engine stops at the next rule rather than finishing work
 * nobody will see. The thread's interrupt flag is cleared, as with {@link InterruptedException}.
 */
public final class DesignInterrupted extends RuntimeException {

    private DesignInterrupted(String stage) {
        super("the design was stopped before " + stage + " because its thread was interrupted");
    }

    /** Stops the design when the current thread has been interrupted; {@code stage} is what would run next. */
    public static void check(String stage) {
        if (Thread.interrupted()) {
            throw new DesignInterrupted(stage);
        }
    }
}
