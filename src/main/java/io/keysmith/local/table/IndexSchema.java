package io.keysmith.local.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One secondary index: name, kind, key schema, projection and (for a provisioned GSI) throughput. */
public record IndexSchema(String name, IndexKind kind, KeySchema key, ProjectionType projection,
        List<String> nonKeyAttributes, Throughput throughput) {

    public IndexSchema {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    public boolean global() {
        return kind == IndexKind.GLOBAL;
    }

    /**
     * The attributes an index item holds besides everything (null for ALL): the table's keys, the index's
     * keys and the included attributes.
     */
    public Set<String> projectedNames(KeySchema tableKey) {
        if (projection == ProjectionType.ALL) {
            return null;
        }
        Set<String> names = new HashSet<>(tableKey.all());
        names.addAll(key.all());
        names.addAll(nonKeyAttributes);
        return names;
    }
}
