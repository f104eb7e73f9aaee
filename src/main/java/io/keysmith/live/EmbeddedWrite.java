package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.Instance;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write of a child stored inside its host's item, done as the design's plan says: one
 * UpdateItem on the host's key (filled from the child's own attributes) that sets or removes the
 * child's map entry, on condition that the host exists. Every user-derived name (the map, the
 * entry key, the attributes) goes through expression attribute names. The check reads the host
 * back and compares its whole map with the seeded children changed as the write meant, tries the
 * same write on a host that does not exist (it must be refused), and then puts the entry back as
 * seeded so that later read checks still compare with the seed data.
 */
final class EmbeddedWrite {

    private final DynamoDbClient client;
    private final Table table;
    private final ItemRow row;
    private final EmbeddedEntries embedded;

    EmbeddedWrite(DynamoDbClient client, Table table, ItemRow row, EmbeddedEntries embedded) {
        this.client = client;
        this.table = table;
        this.row = row;
        this.embedded = embedded;
    }

    /** Why the write did not do what it should, or null. {@code changed} is the child after an update or a create. */
    String run(AccessPattern p, PatternPlan pp, Instance target, Instance changed) {
        if (!"UpdateItem".equals(pp.operation()) || pp.keyCondition() == null) {
            return "the plan does not update the " + row.embeddedIn() + " item (" + pp.operation() + ")";
        }
        Map<String, AttributeValue> key = key(pp, target);
        if (key == null) {
            return "cannot fill the " + row.embeddedIn() + " key of the plan from the " + row.entity() + "'s attributes";
        }
        List<Instance> seeded = embedded.childrenOf(row, EmbeddedEntries.hostValues(row, target));
        List<Instance> expected = new ArrayList<>(seeded);
        boolean create = p.type().json().equals("create");
        if (!create) {
            expected.remove(target);
        }
        if (changed != null) {
            expected.add(changed);
        }
        Instance written = changed == null ? target : changed;
        switch (p.type()) {
            case DELETE -> remove(key, target);
            case UPDATE -> update(key, target, changed, p.setOrEmpty());
            default -> set(key, changed);
        }
        String problem = readBack(key, expected, "after the " + p.type().json());
        if (problem != null) {
            return problem;
        }
        Map<String, AttributeValue> missingHost = key(pp, withOtherHost(written));
        if (missingHost != null && !refused(p, missingHost, target, changed)) {
            return "the " + p.type().json() + " on a " + row.embeddedIn() + " that does not exist was not refused";
        }
        // Put the host item back as seeded.
        if (create) {
            remove(key, changed);
        } else {
            set(key, target);
        }
        return readBack(key, seeded, "after putting the seeded entry back");
    }

    private void set(Map<String, AttributeValue> key, Instance child) {
        update(key, "SET #m.#k = :v", names(child), Map.of(":v", AttributeValue.fromM(AttributeValues.item(child.attributes()))));
    }

    private void remove(Map<String, AttributeValue> key, Instance child) {
        update(key, "REMOVE #m.#k", names(child), Map.of());
    }

    private void update(Map<String, AttributeValue> key, Instance target, Instance changed, List<String> set) {
        Map<String, String> names = names(target);
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            names.put("#a" + i, set.get(i));
            values.put(":a" + i, AttributeValues.of(changed.get(set.get(i))));
            parts.add("#m.#k.#a" + i + " = :a" + i);
        }
        update(key, "SET " + String.join(", ", parts), names, values);
    }

    private void update(Map<String, AttributeValue> key, String expression, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Map<String, String> all = new LinkedHashMap<>(names);
        all.put("#pk", table.partitionKey().name());
        client.updateItem(b -> {
            b.tableName(table.name()).key(key).updateExpression(expression).conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(all);
            if (!values.isEmpty()) {
                b.expressionAttributeValues(values);
            }
        });
    }

    private boolean refused(AccessPattern p, Map<String, AttributeValue> key, Instance target, Instance changed) {
        try {
            switch (p.type()) {
                case DELETE -> remove(key, target);
                case UPDATE -> update(key, target, changed, p.setOrEmpty());
                default -> set(key, changed);
            }
            return false;
        } catch (ConditionalCheckFailedException e) {
            return true;
        }
    }

    private Map<String, String> names(Instance child) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#m", row.attribute());
        names.put("#k", EmbeddedEntries.entryKey(row, child).orElseThrow());
        return names;
    }

    private String readBack(Map<String, AttributeValue> key, List<Instance> expected, String when) {
        var r = client.getItem(b -> b.tableName(table.name()).key(key).consistentRead(true));
        if (!r.hasItem() || r.item().isEmpty()) {
            return "the " + row.embeddedIn() + " item " + key + " is gone " + when;
        }
        String problem = EmbeddedMaps.differences(row, r.item(), expected);
        return problem == null ? null : "reading back the " + row.embeddedIn() + " item " + when + ": " + problem;
    }

    /** The host key the plan names, filled from the child's attributes; null when one is missing. */
    private Map<String, AttributeValue> key(PatternPlan pp, Instance child) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, KeyCondition> e : pp.keyCondition().entrySet()) {
            String template = String.valueOf(e.getValue().value());
            if (!child.attributes().keySet().containsAll(KeyTemplate.of(template).attributes())) {
                return null;
            }
            key.put(e.getKey(), KeyValues.value(table, e.getKey(), template, child.attributes(), null, null));
        }
        return key;
    }

    /** The child as if its host were one that was never seeded. */
    private Instance withOtherHost(Instance child) {
        Map<String, Object> values = new LinkedHashMap<>(child.attributes());
        row.hostKey().keySet().forEach(a -> values.put(a, WriteCheck.changed(values.get(a), "-missing")));
        return new Instance(child.entity(), values);
    }
}
