package io.keysmith.design;

/**
 * Monthly cost estimates in US dollars (us-east-1 list prices) for the peak rates of the
 * model's access patterns, on-demand and provisioned, plus storage.
 */
public record Cost(
        double readUnitsPerSecond,
        double writeUnitsPerSecond,
        double onDemandMonthly,
        double provisionedMonthly,
        double storageGb,
        double storageMonthly) {
}
