package io.keysmith.data;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The children a design stores inside their host's item ({@code "kind": "embedded"} rows): the
 * host item carries the row's {@code attribute} as a map from the child's entry key (its
 * {@code keyedBy} values joined with {@code #}) to the child's attributes. Children are found by
 * the row's {@code hostKey}; a host without children still carries an empty map, so that an
 * UpdateItem can set one entry of it.
 */
public final class EmbeddedEntries {

    private final List<ItemRow> rows;
    private final Map<ItemRow, Map<List<Object>, List<Instance>>> byHost = new HashMap<>();

    /** The embedded rows of the design, with the children in {@code data} (null for none) indexed by host. */
    public EmbeddedEntries(Design design, SampleData data) {
        List<ItemRow> found = new ArrayList<>();
        for (Table t : design.tables()) {
            for (ItemRow r : t.items()) {
                if (complete(r)) {
                    found.add(r);
                }
            }
        }
        this.rows = List.copyOf(found);
        for (ItemRow r : rows) {
            Map<List<Object>, List<Instance>> index = new HashMap<>();
            if (data != null) {
                for (Instance child : data.of(r.entity())) {
                    List<Object> host = hostValues(r, child);
                    if (host.stream().allMatch(Objects::nonNull)) {
                        index.computeIfAbsent(host, k -> new ArrayList<>()).add(child);
                    }
                }
            }
            byHost.put(r, index);
        }
    }

    /**
     * The design with {@code hostKey} filled in on embedded rows that lack it (designs saved before
     * the field existed), from the model's relationship between the child and its host; rows the
     * model cannot link are left as they are.
     */
    public static Design withHostKeys(Design design, Model model) {
        if (model == null || design.tables().stream().flatMap(t -> t.items().stream())
                .noneMatch(r -> r.embeddedIn() != null && r.hostKey() == null)) {
            return design;
        }
        List<Link> links = Link.of(model);
        List<Table> tables = new ArrayList<>();
        for (Table t : design.tables()) {
            List<ItemRow> rows = new ArrayList<>();
            for (ItemRow r : t.items()) {
                Link link = r.embeddedIn() == null || r.hostKey() != null ? null : links.stream()
                        .filter(l -> l.parent().equals(r.embeddedIn()) && l.child().equals(r.entity())).findFirst().orElse(null);
                if (link == null) {
                    rows.add(r);
                    continue;
                }
                Map<String, String> hostKey = new LinkedHashMap<>();
                for (int i = 0; i < link.childAttributes().size(); i++) {
                    hostKey.put(link.childAttributes().get(i), link.parentIdentifiers().get(i));
                }
                rows.add(r.withHostKey(hostKey));
            }
            tables.add(t.withItems(rows));
        }
        return design.withTables(tables);
    }

    /** Whether the row says enough to embed: host, map attribute, entry key and the link to the host. */
    public static boolean complete(ItemRow r) {
        return r.embeddedIn() != null && r.attribute() != null && r.keyedBy() != null && !r.keyedBy().isEmpty()
                && r.hostKey() != null;
    }

    /** The embedded row of an entity, or null when it is not embedded (or the design does not say how). */
    public ItemRow rowOf(String child) {
        return rows.stream().filter(r -> r.entity().equals(child)).findFirst().orElse(null);
    }

    /** The rows of the children embedded in the host entity. */
    public List<ItemRow> rowsIn(String host) {
        return rows.stream().filter(r -> r.embeddedIn().equals(host)).toList();
    }

    /** The map attributes a host instance's item carries, attribute name to entries. */
    public Map<String, Object> mapsOf(Instance host) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ItemRow r : rowsIn(host.entity())) {
            List<Object> key = r.hostKey().values().stream().map(host::get).toList();
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Instance child : childrenOf(r, key)) {
                entryKey(r, child).ifPresent(k -> entries.put(k, child.attributes()));
            }
            out.put(r.attribute(), entries);
        }
        return out;
    }

    /** The children of the row's entity whose host has the given identifier values, as seeded. */
    public List<Instance> childrenOf(ItemRow row, List<Object> hostValues) {
        return byHost.getOrDefault(row, Map.of()).getOrDefault(hostValues, List.of());
    }

    /** The key of a child's entry in its host's map, or empty when a keyedBy attribute is missing. */
    public static Optional<String> entryKey(ItemRow row, Instance child) {
        List<String> parts = new ArrayList<>();
        for (String a : row.keyedBy()) {
            Object v = child.get(a);
            if (v == null) {
                return Optional.empty();
            }
            parts.add(Values.text(v));
        }
        return Optional.of(String.join("#", parts));
    }

    /** The values of the child's attributes that name its host, in the host's identifier order. */
    public static List<Object> hostValues(ItemRow row, Instance child) {
        return row.hostKey().keySet().stream().map(child::get).toList();
    }
}
