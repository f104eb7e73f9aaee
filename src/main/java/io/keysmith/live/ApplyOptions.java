package io.keysmith.live;

/**
 * Options of an apply: how many instances to generate and with which seed, whether a table with
 * a different schema may be replaced, whether existing tables are emptied first (deleted and
 * created again; on AWS both only with {@code confirm} equal to the table's name), and how many
 * writer threads to use (0: chosen for the target).
 */
public record ApplyOptions(int items, long seed, boolean replace, String confirm, int threads, boolean empty) {

    public static final int DEFAULT_ITEMS = 10_000;

    /** Options that keep the items already in the tables. */
    public ApplyOptions(int items, long seed, boolean replace, String confirm, int threads) {
        this(items, seed, replace, confirm, threads, false);
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(DEFAULT_ITEMS, 1, false, null, 0, false);
    }

    public ApplyOptions withItems(int n) {
        return new ApplyOptions(n, seed, replace, confirm, threads, empty);
    }

    public ApplyOptions withReplace(boolean r, String c) {
        return new ApplyOptions(items, seed, r, c, threads, empty);
    }

    /** Existing tables are deleted and created again before the seed, so they hold only the new items. */
    public ApplyOptions withEmpty(boolean e) {
        return new ApplyOptions(items, seed, replace, confirm, threads, e);
    }

    public ApplyOptions withThreads(int t) {
        return new ApplyOptions(items, seed, replace, confirm, t, empty);
    }

    /**
     * The writer threads for a target. AWS calls wait on the network, so many threads pay off. A
     * local server stores every item on one thread and, when embedded, shares our cores: four
     * writers a core keep that thread busier than two (on 2 cores, 8 writers beat 4 in 5 of 8
     * interleaved rounds, by 10% at the median); more only add switching. AWS gets at least 8.
     */
    public int threadsFor(Target target) {
        return threads > 0 ? threads : chosenFor(target);
    }

    /** 0: the writer threads are chosen for the target when the seed starts. */
    public static int defaultThreads() {
        return 0;
    }

    static int chosenFor(Target target) {
        int cores = Runtime.getRuntime().availableProcessors();
        return target.isAws() ? Math.max(8, cores * 4) : Math.max(4, cores * 4);
    }
}
