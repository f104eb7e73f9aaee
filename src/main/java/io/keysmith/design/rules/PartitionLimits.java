package io.keysmith.design.rules;

/** DynamoDB's throughput limits of one partition, which every rule about hot partitions measures against. */
final class PartitionLimits {

    /** Read units a second one partition serves. */
    static final double READ_UNITS = 3000;

    /** Write units a second one partition takes. */
    static final double WRITE_UNITS = 1000;

    private PartitionLimits() {
    }
}
