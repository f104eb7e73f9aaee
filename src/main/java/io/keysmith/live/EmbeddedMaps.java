package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.Instance;
import io.keysmith.design.ItemRow;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading the map a host item keeps its embedded children in: how it differs from the children
 * the model says the host has.
 */
final class EmbeddedMaps {

    private EmbeddedMaps() {
    }

    /** Why the host item's map differs from the expected children, or null when it holds exactly them. */
    static String differences(ItemRow row, Map<String, AttributeValue> hostItem, Collection<Instance> expected) {
        AttributeValue map = hostItem.get(row.attribute());
        if (map == null || map.type() != AttributeValue.Type.M) {
            return map == null ? "has no map " + row.attribute() + " of " + row.entity() + " entries"
                    : row.attribute() + " is not a map";
        }
        Map<String, Instance> want = new LinkedHashMap<>();
        for (Instance child : expected) {
            EmbeddedEntries.entryKey(row, child).ifPresent(k -> want.put(k, child));
        }
        TreeSet<String> missing = new TreeSet<>(want.keySet());
        missing.removeAll(map.m().keySet());
        TreeSet<String> extra = new TreeSet<>(map.m().keySet());
        extra.removeAll(want.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return "map " + row.attribute() + " has " + map.m().size() + " " + row.entity() + " entries, the model's answer has "
                    + want.size() + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not in the model " + extra);
        }
        for (Map.Entry<String, Instance> e : want.entrySet()) {
            AttributeValue entry = map.m().get(e.getKey());
            if (entry.type() != AttributeValue.Type.M
                    || !ItemContent.same(AttributeValues.item(e.getValue().attributes()), entry.m())) {
                return "entry " + e.getKey() + " of map " + row.attribute() + " does not hold the " + row.entity() + "'s values";
            }
        }
        return null;
    }
}
