package io.keysmith.export.electrodb;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ElectroDB entities of a design: one per stored entity row (the item, and each uniqueness
 * marker), with the design's key templates as composites and templates, one named index per
 * design index the row has keys for, and a collection for every partition template several
 * entities share. What ElectroDB cannot hold is left out and said in {@link #notes()}.
 */
final class ElectroEntities {

    private final List<ElectroEntity> entities = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ElectroEntities(Model model, Design design) {
        Set<String> variables = new HashSet<>();
        for (Table table : design.tables()) {
            for (ItemRow row : table.items()) {
                Entity entity = model == null ? null : model.entity(row.entity()).orElse(null);
                if (entity == null) {
                    notes.add(row.entity() + ": not in the model, no entity generated");
                } else if (row.embeddedIn() != null || "embedded".equals(row.kind())) {
                    notes.add(row.entity() + " is embedded in a map of " + row.embeddedIn()
                            + " items: ElectroDB has no entity for map entries; read it through " + row.embeddedIn());
                } else if (!row.isLookup() && entities.stream().anyMatch(e -> !e.marker() && e.entity().equals(row.entity()))) {
                    notes.add(row.entity() + " is stored a second time in " + table.name()
                            + ": ElectroDB keeps one item per entity, the copy is not generated");
                } else {
                    try {
                        entities.add(entity(table, row, entity, variables));
                    } catch (ElectroDbNotExpressible e) {
                        notes.add(row.entity() + ": " + e.getMessage());
                    }
                }
            }
        }
        collections();
    }

    List<ElectroEntity> entities() {
        return entities;
    }

    List<String> notes() {
        return notes;
    }

    /** The item entity (not a marker) of a Keysmith entity, or null. */
    ElectroEntity item(String entity) {
        return entities.stream().filter(e -> !e.marker() && e.entity().equals(entity)).findFirst().orElse(null);
    }

    private ElectroEntity entity(Table table, ItemRow row, Entity entity, Set<String> variables) {
        List<String> attributes = new ArrayList<>();
        for (String key : row.keys().keySet()) {
            KeyTemplate.of(row.keys().get(key)).attributes().stream().filter(a -> !attributes.contains(a)).forEach(attributes::add);
        }
        List<String> held = row.isLookup() && row.attributes() != null ? row.attributes()
                : entity.attributes().stream().map(Attribute::name).toList();
        held.stream().filter(a -> !attributes.contains(a)).forEach(attributes::add);
        if (!row.isLookup()) {
            attributes.sort(java.util.Comparator.comparingInt(a -> entity.attributes().stream().map(Attribute::name).toList().indexOf(a)));
        }
        Set<String> used = new HashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        attributes.forEach(a -> names.put(a, Identifiers.of(a, used)));
        Map<String, ElectroEntity.Padded> padded = new LinkedHashMap<>();
        for (String template : row.keys().values()) {
            for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
                if (part instanceof KeyTemplate.Placeholder p && p.pad() > 0
                        && padded.values().stream().noneMatch(x -> x.equals(new ElectroEntity.Padded(p.attribute(), p.pad())))) {
                    padded.put(Identifiers.of(names.get(p.attribute()) + "Padded" + p.pad(), used),
                            new ElectroEntity.Padded(p.attribute(), p.pad()));
                }
            }
        }
        List<ElectroEntity.Index> indexes = new ArrayList<>();
        indexes.add(index("primary", null, table.partitionKey(), table.sortKey(), row, true));
        Set<String> keys = new HashSet<>(Set.of("primary"));
        for (SecondaryIndex gsi : table.globalSecondaryIndexes()) {
            ElectroEntity.Index index = index(Identifiers.of(gsi.name(), keys), gsi.name(), gsi.partitionKey(), gsi.sortKey(), row, false);
            if (index != null) {
                indexes.add(index);
            }
        }
        for (SecondaryIndex lsi : table.localSecondaryIndexes()) {
            ElectroEntity.Index index = index(Identifiers.of(lsi.name(), keys), lsi.name(), table.partitionKey(), lsi.sortKey(), row, false);
            if (index != null) {
                indexes.add(index);
            }
        }
        String base = row.isLookup() ? row.entity() + String.join("", row.keys().values().stream()
                .flatMap(t -> KeyTemplate.of(t).attributes().stream()).distinct()
                .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1)).toList()) + "Marker" : row.entity();
        return new ElectroEntity(row.entity(), Identifiers.of(base, variables), table.name(), row.isLookup(), row,
                List.copyOf(attributes), names, padded, indexes);
    }

    /** The index when the row has a value for each of its keys, else null (the table's keys are required). */
    private static ElectroEntity.Index index(String key, String name, KeyAttribute pk, KeyAttribute sk, ItemRow row, boolean table) {
        String pkTemplate = row.keys().get(pk.name());
        String skTemplate = sk == null ? null : row.keys().get(sk.name());
        if (pkTemplate == null || sk != null && skTemplate == null) {
            if (table) {
                throw new ElectroDbNotExpressible("its item has no value for the table key " + (pkTemplate == null ? pk : sk).name());
            }
            return null;
        }
        for (KeyAttribute k : sk == null ? List.of(pk) : List.of(pk, sk)) {
            if ("N".equals(k.type()) || "B".equals(k.type())) {
                throw new ElectroDbNotExpressible("key " + k.name() + " is of type " + k.type()
                        + ": the export writes string key templates only");
            }
            if (KeyTemplate.of(row.keys().get(k.name())).parts().stream().anyMatch(KeyTemplate.Shard.class::isInstance)) {
                throw new ElectroDbNotExpressible("key " + k.name() + " is write-sharded (" + row.keys().get(k.name())
                        + "): ElectroDB neither picks a shard nor reads every shard");
            }
            if (row.keys().get(k.name()).contains("${")) {
                throw new ElectroDbNotExpressible("the template of " + k.name() + " holds \"${\", which ElectroDB reads as a placeholder");
            }
        }
        PresentWhen when = row.presentWhen() == null ? null : row.presentWhen().get(pk.name());
        if (when == null && row.presentWhen() != null && sk != null) {
            when = row.presentWhen().get(sk.name());
        }
        return new ElectroEntity.Index(key, name, pk.name(), KeyTemplate.of(pkTemplate), sk == null ? null : sk.name(),
                skTemplate == null ? null : KeyTemplate.of(skTemplate), null, table ? null : when);
    }

    /** A collection per (table, index, partition template) that two or more entities share. */
    private void collections() {
        Map<String, List<String>> shared = new LinkedHashMap<>();
        for (ElectroEntity e : entities) {
            for (ElectroEntity.Index i : e.indexes()) {
                shared.computeIfAbsent(e.table() + "\u0000" + i.key() + "\u0000" + i.pkField() + "\u0000" + i.pk().text(),
                        k -> new ArrayList<>()).add(e.variable());
            }
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, List<String>> group : shared.entrySet()) {
            if (group.getValue().size() < 2) {
                continue;
            }
            String[] parts = group.getKey().split("\u0000", -1);
            String literal = KeyTemplate.of(parts[3]).literalPrefix().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
            String name = Identifiers.of((literal.isEmpty() ? "shared" : literal) + (parts[1].equals("primary") ? "" : "_" + parts[1]), names);
            for (int k = 0; k < entities.size(); k++) {
                ElectroEntity e = entities.get(k);
                if (group.getValue().contains(e.variable())) {
                    List<ElectroEntity.Index> indexes = e.indexes().stream()
                            .map(i -> i.key().equals(parts[1]) ? i.withCollection(name) : i).toList();
                    entities.set(k, new ElectroEntity(e.entity(), e.variable(), e.table(), e.marker(), e.row(), e.attributes(),
                            e.names(), e.padded(), indexes));
                }
            }
        }
    }
}
