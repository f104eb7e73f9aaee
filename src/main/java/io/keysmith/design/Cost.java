package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Monthly cost estimates in US dollars (us-east-1 list prices) for the peak rates of the
 * model's access patterns, on-demand and provisioned, plus storage; {@code indexes} breaks the
 * load and storage down per table and index (each index storing what its projection copies).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cost(
        double readUnitsPerSecond,
        double writeUnitsPerSecond,
        double onDemandMonthly,
        double provisionedMonthly,
        double storageGb,
        double storageMonthly,
        List<IndexCost> indexes) {

    public Cost {
        indexes = indexes == null || indexes.isEmpty() ? null : List.copyOf(indexes);
    }

    public Cost(double readUnitsPerSecond, double writeUnitsPerSecond, double onDemandMonthly, double provisionedMonthly,
            double storageGb, double storageMonthly) {
        this(readUnitsPerSecond, writeUnitsPerSecond, onDemandMonthly, provisionedMonthly, storageGb, storageMonthly, null);
    }

    /** A table ({@code index} null) or one of its indexes: units per second at peak and the storage it holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndexCost(String table, String index, double readUnitsPerSecond, double writeUnitsPerSecond,
            double storageGb, double storageMonthly) {
    }

    /** The figures of one table or index, or null when the estimate has none. */
    public IndexCost of(String table, String index) {
        if (indexes == null) {
            return null;
        }
        return indexes.stream().filter(i -> i.table().equals(table) && java.util.Objects.equals(i.index(), index))
                .findFirst().orElse(null);
    }
}
