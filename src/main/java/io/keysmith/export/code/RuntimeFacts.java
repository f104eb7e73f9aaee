package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generated module's runtime needs to know about a design, as a JSON-ready record: the key
 * attributes of every table and index with their types, each entity's attributes and identifiers,
 * and the design's {@code items} rows (how each entity is stored, so that an item read back can be
 * recognised and an embedded child found in its host).
 */
record RuntimeFacts(Map<String, TableFacts> tables, Map<String, EntityFacts> entities, List<Row> rows) {

    record TableFacts(List<String> keySchema, Map<String, String> keyTypes) {
    }

    record EntityFacts(List<String> attributes, List<String> identifiers) {
    }

    record Row(String entity, String table, Map<String, String> keys, String kind, String embeddedIn, String attribute,
            List<String> keyedBy, Map<String, String> hostKey, Map<String, PresentWhen> presentWhen) {
    }

    static RuntimeFacts of(Model model, Design design) {
        Map<String, TableFacts> tables = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Table t : design.tables()) {
            tables.put(t.name(), tableFacts(t));
            for (ItemRow r : t.items()) {
                rows.add(new Row(r.entity(), t.name(), r.keys(), r.kind(), r.embeddedIn(), r.attribute(), r.keyedBy(),
                        r.hostKey(), r.presentWhen()));
            }
        }
        Map<String, EntityFacts> entities = new LinkedHashMap<>();
        for (Entity e : model.entities()) {
            entities.put(e.name(), new EntityFacts(e.attributes().stream().map(Attribute::name).toList(), e.identifierNames()));
        }
        return new RuntimeFacts(tables, entities, rows);
    }

    private static TableFacts tableFacts(Table t) {
        List<String> schema = new ArrayList<>();
        schema.add(t.partitionKey().name());
        if (t.sortKey() != null) {
            schema.add(t.sortKey().name());
        }
        Map<String, String> types = new LinkedHashMap<>();
        List<KeyAttribute> keys = new ArrayList<>(List.of(t.partitionKey()));
        keys.add(t.sortKey());
        for (SecondaryIndex i : t.globalSecondaryIndexes()) {
            keys.add(i.partitionKey());
            keys.add(i.sortKey());
        }
        t.localSecondaryIndexes().forEach(i -> keys.add(i.sortKey()));
        keys.stream().filter(k -> k != null).forEach(k -> types.putIfAbsent(k.name(), k.type() == null ? "S" : k.type()));
        return new TableFacts(schema, types);
    }
}
