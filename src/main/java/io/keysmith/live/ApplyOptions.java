package io.keysmith.live;

/**
 * Options of an apply: how many instances to generate and with which seed, whether a table with
 * a different schema may be replaced (on AWS only with {@code confirm} equal to its name), and
 * how many writer threads to use.
 */
public record ApplyOptions(int items, long seed, boolean replace, String confirm, int threads) {

    public static final int DEFAULT_ITEMS = 10_000;

    public static ApplyOptions defaults() {
        return new ApplyOptions(DEFAULT_ITEMS, 1, false, null, defaultThreads());
    }

    public ApplyOptions withItems(int n) {
        return new ApplyOptions(n, seed, replace, confirm, threads);
    }

    public ApplyOptions withReplace(boolean r, String c) {
        return new ApplyOptions(items, seed, r, c, threads);
    }

    public ApplyOptions withThreads(int t) {
        return new ApplyOptions(items, seed, replace, confirm, t);
    }

    /** Writes wait on the network, so more threads than cores pay off. */
    public static int defaultThreads() {
        return Math.max(4, Runtime.getRuntime().availableProcessors() * 4);
    }
}
