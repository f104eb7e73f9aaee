package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.ItemCodec;
import io.keysmith.local.store.Mutation;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.StripedLocks;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * BatchWriteItem: up to 25 puts and deletes over several tables, validated first, then applied under
 * their stripes and logged as one record. Nothing is ever left unprocessed.
 */
public final class BatchWriteOp {

    private final Catalog catalog;

    public BatchWriteOp(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One validated write of the batch. */
    private record Write(Table table, PrimaryKey key, Map<String, Value> item) {}

    public ObjectNode batchWrite(JsonNode request) {
        JsonNode requestItems = Requests.object(request, "RequestItems");
        if (requestItems == null) {
            throw Requests.invalid("null", "RequestItems", "Member must not be null");
        }
        int total = 0;
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            total += e.getValue().size();
        }
        if (total == 0 || total > 25 || requestItems.isEmpty()) {
            throw Requests.invalid("'" + requestItems + "'", "RequestItems",
                    "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
        }
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            Table table = catalog.require(Requests.name(e.getKey(), "RequestItems"), Responses.NOT_FOUND);
            Set<PrimaryKey> seen = new HashSet<>();
            for (JsonNode r : e.getValue()) {
                JsonNode put = Requests.object(r, "PutRequest");
                JsonNode delete = Requests.object(r, "DeleteRequest");
                if ((put == null) == (delete == null)) {
                    throw DynamoException.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
                }
                Write write;
                if (put != null) {
                    Map<String, Value> item = Responses.item(put, "Item");
                    write = new Write(table, KeyRules.item(table.schema(), item, ItemOps.PUT_SIZE), item);
                } else {
                    write = new Write(table, KeyRules.key(table.schema(), Responses.item(delete, "Key")), null);
                }
                if (!seen.add(write.key())) {
                    throw DynamoException.validation("Provided list of item keys contains duplicates");
                }
                writes.add(write);
            }
        }
        Capacity.Mode mode = Capacity.mode(request);
        Map<String, Capacity> capacities = apply(writes, mode != Capacity.Mode.NONE);
        ObjectNode response = Responses.object();
        response.putObject("UnprocessedItems");
        if (mode != Capacity.Mode.NONE) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            capacities.values().forEach(c -> list.add(c.toJson(mode)));
        }
        return response;
    }

    private Map<String, Capacity> apply(List<Write> writes, boolean measure) {
        StripedLocks locks = catalog.locks();
        int[] stripes = writes.stream().mapToInt(w -> locks.stripe(w.table().name(), w.key().hash())).toArray();
        Map<String, Capacity> capacities = new LinkedHashMap<>();
        List<Mutation> mutations = new ArrayList<>(writes.size());
        int[] held = locks.lockAll(stripes);
        try {
            for (Write w : writes) {
                Map<String, Value> old = w.table().get(w.key());
                if (w.item() == null && old == null) {
                    if (measure) {
                        WriteCosts.add(capacity(capacities, w.table()), w.table(), w.key(), null, null, 1);
                    }
                    continue;
                }
                byte[] bytes = w.item() == null ? null : ItemCodec.encode(w.item());
                w.table().apply(w.key(), old, w.item(), bytes);
                mutations.add(ItemWriter.mutation(w.table(), w.key(), bytes));
                if (measure) {
                    WriteCosts.add(capacity(capacities, w.table()), w.table(), w.key(), old, w.item(), 1);
                }
            }
            catalog.journal().writes(mutations);
        } finally {
            locks.unlockAll(held);
        }
        return capacities;
    }

    private static Capacity capacity(Map<String, Capacity> capacities, Table table) {
        return capacities.computeIfAbsent(table.name(), n -> new Capacity(n, true));
    }

}
