package io.keysmith.export.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds entities embedded in their host's items: a non-key map attribute whose values are maps of
 * maps, one entry per child, keyed by the value of a child attribute (the form Keysmith exports
 * bounded children in). Workbench has no place to say so, so the samples are the only evidence.
 */
final class EmbeddedMaps {

    /**
     * One embedded entity: the host's map {@code attribute}, the child attributes and their type
     * letters, {@code hostKey} (child attribute holding a host identifier, to that identifier), the
     * child attributes the entries are {@code keyedBy}, and the most entries one host item holds.
     */
    record Found(String table, String host, String attribute, Map<String, String> types, Map<String, String> hostKey,
            List<String> keyedBy, int maxEntries) {

        Found merge(Found other) {
            Map<String, String> all = new LinkedHashMap<>(types);
            other.types.forEach(all::putIfAbsent);
            return new Found(table, host, attribute, all, hostKey.isEmpty() ? other.hostKey : hostKey, keyedBy,
                    Math.max(maxEntries, other.maxEntries));
        }
    }

    private EmbeddedMaps() {
    }

    /** The embedded entities in one host's items; {@code hostIds} are the host's identifiers from its key templates. */
    static List<Found> in(String table, String host, List<JsonNode> items, Set<String> keyNames, List<String> hostIds) {
        Set<String> names = new LinkedHashSet<>();
        items.forEach(i -> i.propertyNames().forEach(names::add));
        List<Found> found = new ArrayList<>();
        for (String attribute : names) {
            if (keyNames.contains(attribute) || !WorkbenchImporter.validAttributeName(attribute)) {
                continue;
            }
            Found f = entries(table, host, attribute, items, hostIds);
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    private static Found entries(String table, String host, String attribute, List<JsonNode> items, List<String> hostIds) {
        // (host item, entry key, entry attributes) for every entry of every item carrying the map
        List<JsonNode> hosts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        int most = 0;
        for (JsonNode item : items) {
            JsonNode value = item.path(attribute);
            if (value.isMissingNode()) {
                continue;
            }
            JsonNode map = value.path("M");
            if (value.size() != 1 || !map.isObject()) {
                return null;
            }
            for (var entry : map.properties()) {
                JsonNode inner = entry.getValue().path("M");
                if (entry.getValue().size() != 1 || !inner.isObject()) {
                    return null;
                }
                hosts.add(item);
                keys.add(entry.getKey());
                entries.add(inner);
            }
            most = Math.max(most, map.size());
        }
        if (entries.isEmpty()) {
            return null;
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            for (var field : entry.properties()) {
                String letters = field.getValue().propertyNames().stream().findFirst().orElse("S");
                if (WorkbenchImporter.validAttributeName(field.getKey()) && !"NULL".equals(letters)) {
                    types.putIfAbsent(field.getKey(), letters);
                }
            }
        }
        Map<String, String> hostKey = new LinkedHashMap<>();
        for (String id : hostIds) {
            List<String> hostValues = hosts.stream().map(h -> scalar(h.path(id))).toList();
            String child = matching(types.keySet(), hostKey.keySet(), entries, hostValues, id);
            if (child != null) {
                hostKey.put(child, id);
            }
        }
        List<String> keyedBy = keyedBy(types.keySet(), hostKey.keySet(), entries, keys);
        // An entry key no attribute holds: an ordinary nested map, not embedded entities.
        return keyedBy.isEmpty() ? null
                : new Found(table, host, attribute, types, hostKey, keyedBy, Math.max(1, most));
    }

    /** The child attribute holding the entry key, or several holding its {@code #}-separated parts. */
    private static List<String> keyedBy(Set<String> attributes, Set<String> hostKey, List<JsonNode> entries,
            List<String> keys) {
        String whole = matching(attributes, hostKey, entries, keys, null);
        if (whole != null) {
            return List.of(whole);
        }
        List<String[]> parts = keys.stream().map(k -> k.split("#", -1)).toList();
        int count = parts.get(0).length;
        if (count < 2 || parts.stream().anyMatch(p -> p.length != count)) {
            return List.of();
        }
        Set<String> used = new LinkedHashSet<>(hostKey);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final int at = i;
            String part = matching(attributes, used, entries, parts.stream().map(p -> p[at]).toList(), null);
            if (part == null) {
                return List.of();
            }
            used.add(part);
            out.add(part);
        }
        return out;
    }

    /** The attribute (not among {@code taken}) whose value in every entry equals the given one; {@code preferred} first. */
    private static String matching(Set<String> attributes, Set<String> taken, List<JsonNode> entries, List<String> values,
            String preferred) {
        String best = null;
        for (String attribute : attributes) {
            if (taken.contains(attribute)) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < entries.size() && all; i++) {
                String value = scalar(entries.get(i).path(attribute));
                all = value != null && value.equals(values.get(i));
            }
            if (all && attribute.equals(preferred)) {
                return attribute;
            }
            if (all && best == null) {
                best = attribute;
            }
        }
        return best;
    }

    private static String scalar(JsonNode value) {
        return value.path("S").isString() ? value.path("S").asString()
                : value.path("N").isString() ? value.path("N").asString() : null;
    }

    /** An entity name for a map attribute: singular, capitalised ({@code addresses} gives Address). */
    static String childName(String attribute) {
        String s = attribute;
        if (s.matches(".*[^aeiou]ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.matches(".*(ss|x|z|ch|sh)es")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.matches(".*[^s]s")) {
            s = s.substring(0, s.length() - 1);
        }
        return EntityGroups.entityName(s);
    }
}
