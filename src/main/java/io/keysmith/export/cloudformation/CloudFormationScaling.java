package io.keysmith.export.cloudformation;

import io.keysmith.export.LogicalIds;
import io.keysmith.export.TableSpec;
import io.keysmith.export.Throughput;
import io.keysmith.export.cloudformation.CloudFormationView.ScalingView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Application Auto Scaling for a provisioned table: reads and writes of the table and of each GSI. */
final class CloudFormationScaling {

    private CloudFormationScaling() {
    }

    static List<ScalingView> of(TableSpec spec, String prefix, Set<String> ids, UnaryOperator<String> quote) {
        List<ScalingView> out = new ArrayList<>();
        if (!spec.provisioned()) {
            return out;
        }
        String tableId = prefix + "Table";
        add(out, prefix, null, tableId, spec.name(), spec.readCapacity(), spec.writeCapacity(), ids, quote);
        for (TableSpec.IndexSpec index : spec.globalIndexes()) {
            add(out, prefix + LogicalIds.unique(index.name(), new java.util.HashSet<>()), index.name(), tableId,
                    spec.name() + "-" + index.name(), index.readCapacity(), index.writeCapacity(), ids, quote);
        }
        return out;
    }

    private static void add(List<ScalingView> out, String prefix, String index, String tableId, String name, long read,
            long write, Set<String> ids, UnaryOperator<String> quote) {
        String dimension = index == null ? "table" : "index";
        for (String kind : List.of("Read", "Write")) {
            long units = kind.equals("Read") ? read : write;
            String id = LogicalIds.unique(prefix + kind + "Scaling", ids);
            out.add(new ScalingView(id + "Target", id + "Policy", quote.apply(name + "-" + kind.toLowerCase() + "-scaling"),
                    tableId, index == null ? null : quote.apply(index), dimension, kind, units, Throughput.maxCapacity(units),
                    Throughput.TARGET_UTILIZATION, false));
        }
    }
}
