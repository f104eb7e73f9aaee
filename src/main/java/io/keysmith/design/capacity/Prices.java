package io.keysmith.design.capacity;

/** DynamoDB's us-east-1 list prices and unit sizes that every cost figure uses. */
public final class Prices {

    public static final double SECONDS_PER_MONTH = 730 * 3600.0;
    public static final double HOURS_PER_MONTH = 730;
    public static final double ON_DEMAND_READ_PER_MILLION = 0.125;
    public static final double ON_DEMAND_WRITE_PER_MILLION = 0.625;
    public static final double RCU_HOUR = 0.00013;
    public static final double WCU_HOUR = 0.00065;
    public static final double STORAGE_GB_MONTH = 0.25;
    public static final int READ_UNIT_BYTES = 4096;
    public static final int WRITE_UNIT_BYTES = 1024;
    public static final int DEFAULT_ITEM_BYTES = 1024;
    /** Bytes of an index entry that projects only keys, or of a small marker item. */
    public static final int KEY_ITEM_BYTES = 100;

    private Prices() {
    }

    /** Dollars a month for read units per second held all month, on demand. */
    public static double onDemandReads(double unitsPerSecond) {
        return unitsPerSecond * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_READ_PER_MILLION;
    }

    public static double onDemandWrites(double unitsPerSecond) {
        return unitsPerSecond * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_WRITE_PER_MILLION;
    }

    /** Dollars a month for provisioned capacity of the given units per second. */
    public static double provisioned(double readUnits, double writeUnits) {
        return readUnits * HOURS_PER_MONTH * RCU_HOUR + writeUnits * HOURS_PER_MONTH * WCU_HOUR;
    }
}
