package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks striped by table and partition key: a write holds its partition's stripe; a transaction holds all
 * its stripes, taken in ascending order so that two transactions never deadlock.
 */
public final class StripedLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public StripedLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public int stripe(String table, Value hash) {
        return (table.hashCode() * 31 + KeyOrder.token(hash)) & (STRIPES - 1);
    }

    public void lock(int stripe) {
        locks[stripe].lock();
    }

    public void unlock(int stripe) {
        locks[stripe].unlock();
    }

    /** Locks the given stripes (duplicates allowed) in ascending order; returns the distinct sorted stripes. */
    public int[] lockAll(int[] stripes) {
        int[] sorted = Arrays.stream(stripes).distinct().sorted().toArray();
        for (int s : sorted) {
            locks[s].lock();
        }
        return sorted;
    }

    public void unlockAll(int[] sorted) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            locks[sorted[i]].unlock();
        }
    }

    /** Every stripe, for work that must see no write in flight (index backfill, snapshot). */
    public int[] all() {
        int[] all = new int[STRIPES];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
