package io.keysmith.design.program;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.SecondaryIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read that finds the stored item before a write: a consistent GetItem when the caller's
 * values give the whole base key; otherwise a Query on a key the caller's values can fill (then
 * a consistent GetItem by the base key it found, as an index is eventually consistent and may
 * not hold every attribute), and a Scan only when no key can.
 */
final class CurrentItemRead {

    /** The read steps, and whether the table must be scanned to find the item. */
    record Reads(List<ProgramRequest> steps, boolean scans) {
    }

    private CurrentItemRead() {
    }

    static Reads of(StoredEntity stored, Set<String> given, String why) {
        String table = stored.table().name();
        if (given.containsAll(stored.baseKeyAttributes())) {
            return new Reads(List.of(get(table, stored.baseKey(stored.item()), null, why)), false);
        }
        var marker = stored.identifierMarker().filter(m -> given.containsAll(m.keyedBy()));
        if (marker.isPresent()) {
            return new Reads(List.of(
                    get(marker.get().table().name(), marker.get().key(), null, "the identifier marker names the item's key: " + why),
                    get(table, stored.baseKey(stored.item()), Scope.CURRENT, "read the item by that key")), false);
        }
        List<String> filter = new ArrayList<>(given);
        // the base table's own partition, then a local index, then a global one
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(null, stored.partitionKey(), StoredEntity.name(stored.table().sortKey()), true));
        for (SecondaryIndex i : stored.localIndexes()) {
            candidates.add(new Candidate(i.name(), stored.partitionKey(), StoredEntity.name(i.sortKey()), true));
        }
        for (String key : stored.derivedKeys().keySet()) {
            stored.indexWithPartitionKey(key).filter(i -> stored.when(key) == null)
                    .ifPresent(i -> candidates.add(new Candidate(i.name(), key, StoredEntity.name(i.sortKey()), false)));
        }
        for (Candidate c : candidates) {
            String pk = stored.item().keys().get(c.partitionKey());
            if (pk == null || !given.containsAll(KeyTemplate.of(pk).attributes())) {
                continue;
            }
            String sk = c.sortKey() == null ? null : stored.item().keys().get(c.sortKey());
            Map<String, KeyCondition> condition = condition(c, pk, sk, given);
            List<ProgramRequest> steps = new ArrayList<>();
            steps.add(new ProgramRequest(Operation.QUERY, table, c.index(), null, null, condition, filter,
                    c.consistent() ? Boolean.TRUE : null, Scope.CURRENT, Boolean.TRUE, null, null, null, null, null, null,
                    "find the stored item" + (c.index() == null ? "" : " on " + c.index()) + ": " + why));
            if (c.index() != null) {
                steps.add(get(table, stored.rawBaseKey(), Scope.CURRENT,
                        "read it whole and consistently by the base key " + c.index() + " returned"));
            }
            return new Reads(steps, false);
        }
        return new Reads(List.of(new ProgramRequest(Operation.SCAN, table, null, null, null, null, filter, Boolean.TRUE,
                Scope.CURRENT, Boolean.TRUE, null, null, null, null, null, null,
                "no key can be filled from " + String.join(", ", given) + ": scan for the stored item: " + why)), true);
    }

    private static ProgramRequest get(String table, Map<String, String> key, Scope keyFrom, String why) {
        return new ProgramRequest(Operation.GET_ITEM, table, null, key, keyFrom, null, null, Boolean.TRUE, Scope.CURRENT,
                Boolean.TRUE, null, null, null, null, null, null, why);
    }

    /** The template up to the first placeholder the caller's values cannot fill. */
    static String knownPrefix(String template, Set<String> given) {
        StringBuilder out = new StringBuilder();
        for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
            switch (part) {
                case KeyTemplate.Literal l -> out.append(l.text());
                case KeyTemplate.Placeholder p -> {
                    if (!given.contains(p.attribute())) {
                        return out.toString();
                    }
                    out.append('{').append(p.attribute()).append(p.pad() == 0 ? "" : ":0" + p.pad()).append('}');
                }
                case KeyTemplate.Shard sh -> {
                    if (sh.attribute() == null || !given.contains(sh.attribute())) {
                        return out.toString();
                    }
                    out.append(sh.text());
                }
            }
        }
        return out.toString();
    }

    /**
     * The key condition of a Query on a candidate key: its partition template, and its sort key
     * template as far as the given values fill it (whole: {@code =}, in part: {@code begins_with}).
     */
    static Map<String, KeyCondition> condition(Candidate c, String pk, String sk, Set<String> given) {
        Map<String, KeyCondition> condition = new LinkedHashMap<>();
        condition.put(c.partitionKey(), new KeyCondition("=", pk));
        String prefix = sk == null ? "" : knownPrefix(sk, given);
        if (!prefix.isEmpty()) {
            condition.put(c.sortKey(), new KeyCondition(prefix.equals(sk) ? "=" : "begins_with", prefix));
        }
        return condition;
    }

    /** A key a Query can find a stored item by: the base table's or an index's ({@code index} null: the table). */
    record Candidate(String index, String partitionKey, String sortKey, boolean consistent) {
    }
}
