package io.keysmith.design.rules;

/** DynamoDB's throughput limits of one partition, which every rule about hot partitions measures against. */
final class PartitionLimits {

    /** Read units a second one partition serves. */
    static final double READ_UNITS = 3000;

    /** Write units a second one partition takes. */
    static final double WRITE_UNITS = 1000;

    /** What to do about reads over the limit: the same items read more often need a cache or copies, not a new key. */
    static final String READ_REMEDY = "cache the result (DAX) or spread the items over N partitions (write sharding:"
            + " suffix #0..#N-1) and query them in parallel";

    /** What to do about writes over the limit. */
    static final String WRITE_REMEDY = "write sharding: spread the key over N partitions ({#shard:N}) and read them in parallel";

    private PartitionLimits() {
    }
}
