package io.keysmith.local.table;

/** Provisioned read and write capacity units (both 0 for an on-demand table or index). */
public record Throughput(long read, long write) {

    public static final Throughput NONE = new Throughput(0, 0);
}
