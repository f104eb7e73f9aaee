package io.keysmith.live;

/**
 * The outcome of a seed: items written, the count found afterwards (-1 when not counted), the
 * retries needed for unprocessed items and throttling, elapsed time, whether it was cancelled,
 * and how many items reused tables held before (0 for new tables).
 */
public record SeedResult(long written, long counted, long retries, long millis, boolean cancelled, long before) {

    public SeedResult(long written, long counted, long retries, long millis, boolean cancelled) {
        this(written, counted, retries, millis, cancelled, 0);
    }

    public double itemsPerSecond() {
        return millis == 0 ? written : written * 1000.0 / millis;
    }

    public boolean complete() {
        // Items already in a reused table stay; the new ones overwrite those with the same key.
        return !cancelled && (counted < 0 || (counted >= written && counted <= written + before));
    }
}
