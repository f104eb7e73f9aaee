package io.keysmith.export.seed;

import io.keysmith.design.KeyAttribute;
import io.keysmith.export.JsonText;
import io.keysmith.export.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code TableCreationParameters} of an S3 import ({@code aws dynamodb import-table}) for
 * one table, from the same {@link TableSpec} the infrastructure exports deploy. Import cannot
 * create local secondary indexes; {@code hasLsis} lets the README say so.
 */
record ImportParameters(String name, String billingMode, boolean provisioned, long read, long write,
        List<Entry> attributeDefinitions, List<Entry> keySchema, boolean hasGsis, List<Index> gsis, boolean hasLsis) {

    /** An attribute name (JSON-quoted) with its type or key type. */
    record Entry(String name, String value, boolean last) {
    }

    record Index(String name, List<Entry> keySchema, String projectionType, boolean hasNonKeyAttributes,
            String nonKeyAttributes, long read, long write, boolean last) {
    }

    static ImportParameters of(TableSpec spec) {
        List<Entry> definitions = new ArrayList<>();
        for (int i = 0; i < spec.attributeDefinitions().size(); i++) {
            KeyAttribute a = spec.attributeDefinitions().get(i);
            definitions.add(new Entry(JsonText.quote(a.name()), a.type(), i == spec.attributeDefinitions().size() - 1));
        }
        List<Index> gsis = new ArrayList<>();
        for (int i = 0; i < spec.globalIndexes().size(); i++) {
            TableSpec.IndexSpec g = spec.globalIndexes().get(i);
            gsis.add(new Index(JsonText.quote(g.name()), keys(g.partitionKey(), g.sortKey()), g.projectionType(),
                    !g.nonKeyAttributes().isEmpty(), String.join(", ", g.nonKeyAttributes().stream().map(JsonText::quote).toList()),
                    g.readCapacity(), g.writeCapacity(), i == spec.globalIndexes().size() - 1));
        }
        return new ImportParameters(JsonText.quote(spec.name()), spec.billingMode().json(),
                spec.provisioned(), spec.readCapacity(), spec.writeCapacity(), definitions,
                keys(spec.partitionKey(), spec.sortKey()), !gsis.isEmpty(), gsis, !spec.localIndexes().isEmpty());
    }

    private static List<Entry> keys(KeyAttribute hash, KeyAttribute range) {
        List<Entry> keys = new ArrayList<>();
        keys.add(new Entry(JsonText.quote(hash.name()), "HASH", range == null));
        if (range != null) {
            keys.add(new Entry(JsonText.quote(range.name()), "RANGE", true));
        }
        return keys;
    }
}
