package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.Instance;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Exercises a write pattern as an application following the design would: a create writes every
 * item of a new instance (refusing duplicates when the plan has a condition), an update rewrites
 * an instance's items with new values (keys recomputed), a delete removes them; each is checked
 * by reading the items back, then undone, so that the table holds the seeded items again and a
 * second apply meets the table the first one left. A write of a child embedded in its host's item
 * is an UpdateItem of one map entry ({@link EmbeddedWrite}), undone by the next seeding of the host.
 */
final class WriteCheck {

    private final DynamoDbClient client;
    private final ApplyPlan plan;
    private final Design design;
    private final ItemRenderer renderer;
    private final EmbeddedEntries embedded;
    private SampleData donors;
    private int used;

    WriteCheck(DynamoDbClient client, ApplyPlan plan) {
        this.client = client;
        this.plan = plan;
        this.design = plan.design();
        // host items are rewritten with their embedded children, as seeded
        this.renderer = new ItemRenderer(design, plan.data());
        this.embedded = renderer.embedded();
    }

    PatternResult check(AccessPattern p, PatternPlan pp) {
        String type = p.type().json();
        List<Instance> existing = plan.data().of(p.entity());
        Entity entity = plan.model().entity(p.entity()).orElse(null);
        if (existing.isEmpty() || entity == null) {
            return new PatternResult(p.id(), p.name(), type, false, 0, 0, 0, "no seeded " + p.entity() + " to write");
        }
        // Instances from the end of the list: reads drew their parameters from the busiest, first ones.
        Instance target = existing.get(Math.max(0, existing.size() - 1 - (used++ % existing.size())));
        ItemRow row = embedded.rowOf(p.entity());
        if (row != null) {
            return embeddedWrite(p, pp, row, target);
        }
        if (renderer.render(target).isEmpty()) {
            // stored inside its parent's item, but the design does not say how (no map attribute, entry key or host key)
            return new PatternResult(p.id(), p.name(), type, false, 0, 0, 0,
                    p.entity() + " is embedded in its parent item, but the design does not say under which map and key");
        }
        long start = System.nanoTime();
        try {
            String problem = switch (p.type()) {
                case CREATE -> create(entity, target, pp);
                case UPDATE -> update(p, target);
                case DELETE -> delete(target);
                case READ -> "not a write";
            };
            double millis = (System.nanoTime() - start) / 1e6;
            return new PatternResult(p.id(), p.name(), type, problem == null, renderer.render(target).size(), 0, millis,
                    problem == null ? (pp.operation() + (pp.conditionExpression() == null ? "" : ", condition checked")) : problem);
        } catch (DynamoDbException e) {
            return new PatternResult(p.id(), p.name(), type, false, 0, 0, 0,
                    "DynamoDB rejected the write: " + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()));
        }
    }

    private PatternResult embeddedWrite(AccessPattern p, PatternPlan pp, ItemRow row, Instance target) {
        String type = p.type().json();
        Table host = design.tables().stream().filter(t -> t.items().contains(row)).findFirst().orElseThrow();
        Instance changed = switch (p.type()) {
            case CREATE -> newEntry(row, target);
            case UPDATE -> updated(p, target);
            default -> null;
        };
        long start = System.nanoTime();
        try {
            String problem = new EmbeddedWrite(client, host, row, embedded).run(p, pp, target, changed);
            double millis = (System.nanoTime() - start) / 1e6;
            return new PatternResult(p.id(), p.name(), type, problem == null, 1, 0, millis, problem != null ? problem
                    : "UpdateItem on the " + row.embeddedIn() + " item, entry " + row.attribute() + "."
                            + EmbeddedEntries.entryKey(row, target).orElse("?") + " read back, condition checked");
        } catch (DynamoDbException e) {
            return new PatternResult(p.id(), p.name(), type, false, 0, 0, 0,
                    "DynamoDB rejected the write: " + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()));
        }
    }

    /** A new child of the same host: only the attributes keying its entry differ. */
    private Instance newEntry(ItemRow row, Instance like) {
        Map<String, Object> values = new LinkedHashMap<>(like.attributes());
        row.keyedBy().forEach(a -> values.put(a, changed(values.get(a), "-new" + used)));
        return new Instance(like.entity(), values);
    }

    private String create(Entity entity, Instance like, PatternPlan pp) {
        Instance fresh = fresh(entity, like, "-new" + used);
        List<RenderedItem> items = renderer.render(fresh);
        boolean conditional = pp.conditionExpression() != null;
        put(items, conditional);
        try {
            return checkCreated(entity, fresh, items, conditional);
        } finally {
            remove(items);
        }
    }

    private String checkCreated(Entity entity, Instance fresh, List<RenderedItem> items, boolean conditional) {
        String problem = readBack(items);
        if (problem != null || !conditional) {
            return problem;
        }
        if (!rejected(items)) {
            return "a second create of the same " + entity.name() + " was not rejected";
        }
        if (!entity.uniqueAttributes().isEmpty() && design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.entity().equals(entity.name())).count() > 1) {
            Instance twin = fresh(entity, fresh, "-twin");
            Map<String, Object> values = new LinkedHashMap<>(twin.attributes());
            entity.uniqueAttributes().forEach(a -> values.put(a.name(), fresh.get(a.name())));
            List<RenderedItem> twinItems = renderer.render(new Instance(entity.name(), values));
            if (!rejected(twinItems)) {
                remove(twinItems);
                return "a create repeating a unique " + entity.uniqueAttributes().get(0).name() + " was not rejected";
            }
        }
        return null;
    }

    /** The instance with the pattern's set attributes given new values (from a donor, else changed). */
    private Instance updated(AccessPattern p, Instance target) {
        Map<String, Object> values = new LinkedHashMap<>(target.attributes());
        Instance donor = donor(target.entity());
        for (String a : p.setOrEmpty()) {
            Object v = donor.get(a);
            values.put(a, v == null || v.equals(values.get(a)) ? changed(values.get(a)) : v);
        }
        return new Instance(target.entity(), values);
    }

    private String update(AccessPattern p, Instance target) {
        List<RenderedItem> before = renderer.render(target);
        List<RenderedItem> after = renderer.render(updated(p, target));
        replace(before, after);
        String problem = readBack(after);
        replace(after, before);
        return problem;
    }

    /** Rewrites items in one transaction, deleting the old ones whose keys change. */
    private void replace(List<RenderedItem> before, List<RenderedItem> after) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (int k = 0; k < before.size(); k++) {
            Map<String, AttributeValue> oldKey = key(before.get(k));
            String oldTable = before.get(k).table();
            if (!oldKey.equals(key(after.get(k)))) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(oldTable).key(oldKey)).build());
            }
            RenderedItem item = after.get(k);
            writes.add(TransactWriteItem.builder().put(x -> x.tableName(item.table())
                    .item(AttributeValues.item(item.attributes()))).build());
        }
        client.transactWriteItems(b -> b.transactItems(writes));
    }

    private String delete(Instance target) {
        List<RenderedItem> items = renderer.render(target);
        remove(items);
        try {
            for (RenderedItem i : items) {
                if (client.getItem(b -> b.tableName(i.table()).key(key(i)).consistentRead(true)).hasItem()
                        && !client.getItem(b -> b.tableName(i.table()).key(key(i)).consistentRead(true)).item().isEmpty()) {
                    return "an item is still there after the delete";
                }
            }
            return null;
        } finally {
            put(items, false);
        }
    }

    private void remove(List<RenderedItem> items) {
        for (RenderedItem i : items) {
            client.deleteItem(b -> b.tableName(i.table()).key(key(i)));
        }
    }

    private void put(List<RenderedItem> items, boolean conditional) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (RenderedItem i : items) {
            Table t = table(i.table());
            writes.add(TransactWriteItem.builder().put(x -> {
                x.tableName(i.table()).item(AttributeValues.item(i.attributes()));
                if (conditional) {
                    x.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", t.partitionKey().name()));
                }
            }).build());
        }
        client.transactWriteItems(b -> b.transactItems(writes));
    }

    private boolean rejected(List<RenderedItem> items) {
        try {
            put(items, true);
            return false;
        } catch (TransactionCanceledException | ConditionalCheckFailedException e) {
            return true;
        }
    }

    private String readBack(List<RenderedItem> items) {
        for (RenderedItem i : items) {
            var r = client.getItem(b -> b.tableName(i.table()).key(key(i)).consistentRead(true));
            if (!r.hasItem() || !sameItem(AttributeValues.item(i.attributes()), r.item())) {
                return "reading back " + i.table() + " " + key(i) + " did not give the written item";
            }
        }
        return null;
    }

    private Map<String, AttributeValue> key(RenderedItem i) {
        Table t = table(i.table());
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(t.partitionKey().name(), AttributeValues.of(i.attributes().get(t.partitionKey().name())));
        if (t.sortKey() != null) {
            key.put(t.sortKey().name(), AttributeValues.of(i.attributes().get(t.sortKey().name())));
        }
        return key;
    }

    private Table table(String name) {
        return design.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** A new instance like an existing one, with different identifier and unique values. */
    private static Instance fresh(Entity entity, Instance like, String suffix) {
        Map<String, Object> values = new LinkedHashMap<>(like.attributes());
        for (Attribute a : entity.attributes()) {
            if ((a.partOfIdentifier() || a.mustBeUnique()) && values.get(a.name()) != null) {
                values.put(a.name(), changed(values.get(a.name()), suffix));
            }
        }
        return new Instance(entity.name(), values);
    }

    private static Object changed(Object v) {
        return changed(v, "-changed");
    }

    static Object changed(Object v, String suffix) {
        if (v instanceof String s) {
            int at = s.indexOf('@');
            return at > 0 ? s.substring(0, at) + suffix + s.substring(at) : s + suffix;
        }
        if (v instanceof Long l) {
            return l + 1_000_003L;
        }
        if (v instanceof BigDecimal d) {
            return d.add(BigDecimal.valueOf(1_000_003L));
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        return v;
    }

    private Instance donor(String entity) {
        if (donors == null) {
            donors = new InstanceGenerator(plan.model()).generate(Math.max(100, plan.data().size() / 10), 97);
        }
        List<Instance> list = donors.of(entity);
        return list.isEmpty() ? new Instance(entity, Map.of()) : list.get(used % list.size());
    }

    /** Whether two items hold the same values, numbers compared by value. */
    static boolean sameItem(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            Object x = AttributeValues.plain(a.get(k));
            Object y = AttributeValues.plain(b.get(k));
            if (!normal(x).equals(normal(y))) {
                return false;
            }
        }
        return true;
    }

    private static Object normal(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof byte[] b) {
            return java.util.Arrays.toString(b);
        }
        if (v instanceof java.util.Set<?> s) {
            return new java.util.TreeSet<>(s.stream().map(x -> String.valueOf(normal(x))).toList());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(WriteCheck::normal).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normal(x)));
            return out;
        }
        return v == null ? "null" : v;
    }
}
