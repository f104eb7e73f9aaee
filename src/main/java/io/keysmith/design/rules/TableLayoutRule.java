package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import io.keysmith.design.Warning;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the tables: one for the whole model in the single-table style; in the multi-table
 * style one per entity (an embedded child stays in its host's table).
 */
final class TableLayoutRule implements Rule {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{3,255}");

    /** The longest table name DynamoDB allows. */
    private static final int MAX_NAME = 255;

    @Override
    public String id() {
        return "table-layout";
    }

    @Override
    public void apply(DesignState s) {
        String configured = s.model().settingsOrDefault().tableName();
        String name = configured != null ? configured : s.model().name();
        String table = sanitize(name);
        if (configured != null && !table.equals(configured)) {
            s.warnings().add(new Warning("table-name", "warning", "settings.tableName", "table name \"" + configured
                    + "\" breaks DynamoDB's rule (3-255 characters of A-Z a-z 0-9 _ . -); using " + table, null));
        }
        if (!s.multiTable()) {
            s.entities().forEach(e -> s.tableOf(e.name(), table));
            s.step(id(), true, "One table for every entity",
                    "The single-table style stores all entities in one table with generic key names (PK, SK,"
                            + " GSI1PK...), so related items can share partitions and indexes serve several entities.",
                    null, null, List.of("table " + table + " holds " + s.entities().size() + " entities"));
            return;
        }
        List<String> changes = new ArrayList<>();
        for (Entity e : s.entities()) {
            DesignState.Embedding embedding = s.embedding(e.name());
            // An embedded child is part of its host item, so it lives wherever the host does.
            String owner = embedding == null ? e.name() : embedding.host();
            s.tableOf(e.name(), tableName(table, owner));
        }
        for (String t : s.tableNames()) {
            changes.add(t + " holds " + String.join(", ", s.entitiesIn(t).stream().map(Entity::name).toList()));
        }
        String markers = tableName(table, "UniqueValues");
        for (int i = 2; s.tableNames().contains(markers); i++) {
            markers = tableName(table, "UniqueValues" + i);
        }
        s.markerTable(markers);
        changes.add(markers + " holds the uniqueness and identifier markers of every entity, if any,"
                + " written in the same transaction as their item");
        s.step(id(), true, "One table per entity",
                "The multi-table style gives each entity its own table, named after it, with keys named after its"
                        + " own attributes where one attribute makes the key (customerId rather than PK) and its own"
                        + " indexes, none shared with another entity. Items of different entities never share a"
                        + " partition, so a pattern that includes a related entity reads it with one more request on"
                        + " that entity's table; children embedded in their parent item stay in the parent's table."
                        + " Markers that keep a value unique live in one table of their own (PK, SK), so the"
                        + " entities' tables keep their natural keys; a transaction across both tables writes them.",
                null, null, changes);
    }

    /** The table of an entity in the multi-table style: the model's table name, a dash, the entity. */
    static String tableName(String modelTable, String entity) {
        // DynamoDB allows 255 characters: the model's part is cut, never the entity's, so that
        // every entity (and the marker table) keeps a table name of its own.
        String suffix = "-" + clean(entity);
        String prefix = clean(modelTable);
        if (prefix.length() + suffix.length() > MAX_NAME) {
            prefix = prefix.substring(0, Math.max(0, MAX_NAME - suffix.length()));
        }
        return sanitize(prefix + suffix);
    }

    private static String clean(String name) {
        return (name == null ? "" : name).replaceAll("[^A-Za-z0-9_.-]+", "");
    }

    static String sanitize(String name) {
        String clean = clean(name);
        if (clean.length() < 3) {
            clean = (clean + "Table").substring(0, Math.max(3, clean.length() + 5));
        }
        return NAME.matcher(clean).matches() ? clean : clean.substring(0, Math.min(MAX_NAME, clean.length()));
    }
}
