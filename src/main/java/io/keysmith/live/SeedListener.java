package io.keysmith.live;

/** Receives seeding progress: items written so far out of the total, from any writer thread. */
@FunctionalInterface
public interface SeedListener {

    SeedListener NONE = (written, total) -> { };

    void progress(long written, long total);
}
