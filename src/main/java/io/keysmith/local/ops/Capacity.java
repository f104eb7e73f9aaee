package io.keysmith.local.ops;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The capacity one request consumes on one table and its indexes, with DynamoDB's arithmetic: reads in
 * 4 KB units (halved when eventually consistent), writes in 1 KB units, each rounded up per item (or per
 * Query/Scan page); transactions cost double.
 */
final class Capacity {

    enum Mode { NONE, TOTAL, INDEXES }

    private final String table;
    private final boolean write;
    private double tableUnits;
    private final Map<String, Double> globals = new TreeMap<>();
    private final Map<String, Double> locals = new TreeMap<>();

    Capacity(String table, boolean write) {
        this.table = table;
        this.write = write;
    }

    static long readUnits(long bytes) {
        return Math.max(1, (bytes + 4095) / 4096);
    }

    static long writeUnits(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    /** Read units for {@code bytes} read, consistent or not. */
    static double read(long bytes, boolean consistent) {
        return consistent ? readUnits(bytes) : readUnits(bytes) / 2.0;
    }

    void addTable(double units) {
        tableUnits += units;
    }

    void addIndex(String index, boolean global, double units) {
        (global ? globals : locals).merge(index, units, Double::sum);
    }

    double total() {
        return tableUnits + globals.values().stream().mapToDouble(Double::doubleValue).sum()
                + locals.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The ConsumedCapacity object for this table, or null for mode NONE. */
    ObjectNode toJson(Mode mode) {
        if (mode == Mode.NONE) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("TableName", table);
        units(node, total());
        if (mode == Mode.INDEXES) {
            units(node.putObject("Table"), tableUnits);
            if (!globals.isEmpty()) {
                ObjectNode g = node.putObject("GlobalSecondaryIndexes");
                globals.forEach((n, u) -> units(g.putObject(n), u));
            }
            if (!locals.isEmpty()) {
                ObjectNode l = node.putObject("LocalSecondaryIndexes");
                locals.forEach((n, u) -> units(l.putObject(n), u));
            }
        }
        return node;
    }

    private void units(ObjectNode node, double units) {
        node.put("CapacityUnits", units);
        node.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", units);
    }

    static Mode mode(tools.jackson.databind.JsonNode request) {
        return io.keysmith.local.Requests.enumValue(request, "ReturnConsumedCapacity", Mode.class, Mode.NONE);
    }
}
