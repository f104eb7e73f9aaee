package io.keysmith.workspace;

/** A save refused because the file changed since the editor read it (another tab, or on disk). */
public final class ConflictException extends RuntimeException {

    private final transient Snapshot current;

    ConflictException(String id, Snapshot current) {
        super("\"" + id + "\" was changed elsewhere since you opened it");
        this.current = current;
    }

    /** What the file holds now. */
    public Snapshot current() {
        return current;
    }
}
