package io.keysmith.export.terraform;

import io.keysmith.export.HclText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.Throughput;
import io.keysmith.export.terraform.TerraformView.Scaling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Application Auto Scaling for a provisioned table: reads and writes of the table and of each GSI. */
final class TerraformScaling {

    private TerraformScaling() {
    }

    static List<Scaling> of(TableSpec spec, String table, Set<String> names) {
        List<Scaling> out = new ArrayList<>();
        if (!spec.provisioned()) {
            return out;
        }
        add(out, table, null, spec.name(), spec.readCapacity(), spec.writeCapacity(), names);
        for (TableSpec.IndexSpec index : spec.globalIndexes()) {
            add(out, table, index.name(), spec.name() + "-" + index.name(), index.readCapacity(), index.writeCapacity(), names);
        }
        return out;
    }

    private static void add(List<Scaling> out, String table, String index, String name, long read, long write, Set<String> names) {
        for (String kind : List.of("Read", "Write")) {
            long units = kind.equals("Read") ? read : write;
            String lower = kind.toLowerCase(Locale.ROOT);
            String resource = TerraformExporter.unique(
                    HclText.identifier(table + (index == null ? "" : "_" + HclText.identifier(index)) + "_" + lower), names);
            String tableName = "aws_dynamodb_table." + table + ".name";
            Map<String, String> target = new LinkedHashMap<>();
            target.put("max_capacity", Long.toString(Throughput.maxCapacity(units)));
            target.put("min_capacity", Long.toString(units));
            target.put("resource_id", HclText.referenceThen(tableName, index == null ? "" : "/index/" + index)
                    .replaceFirst("^\"", "\"table/"));
            target.put("scalable_dimension", TerraformExporter.q("dynamodb:" + (index == null ? "table" : "index") + ":" + kind
                    + "CapacityUnits"));
            target.put("service_namespace", TerraformExporter.q("dynamodb"));
            String ref = "aws_appautoscaling_target." + resource;
            Map<String, String> policy = new LinkedHashMap<>();
            policy.put("name", TerraformExporter.q(name + "-" + lower + "-scaling"));
            policy.put("policy_type", TerraformExporter.q("TargetTrackingScaling"));
            policy.put("resource_id", ref + ".resource_id");
            policy.put("scalable_dimension", ref + ".scalable_dimension");
            policy.put("service_namespace", ref + ".service_namespace");
            out.add(new Scaling(resource, TerraformExporter.aligned(target), TerraformExporter.aligned(policy),
                    TerraformExporter.q("DynamoDB" + kind + "CapacityUtilization"), Throughput.TARGET_UTILIZATION));
        }
    }
}
