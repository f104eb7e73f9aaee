package io.keysmith.live;

/**
 * The outcome of a seed: items written, the count found afterwards (-1 when not counted), the
 * retries needed for unprocessed items and throttling, elapsed time, and whether it was cancelled.
 */
public record SeedResult(long written, long counted, long retries, long millis, boolean cancelled) {

    public double itemsPerSecond() {
        return millis == 0 ? written : written * 1000.0 / millis;
    }

    public boolean complete() {
        return !cancelled && (counted < 0 || counted == written);
    }
}
