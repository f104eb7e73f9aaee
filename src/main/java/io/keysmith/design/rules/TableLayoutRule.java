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
 * style one per aggregate, i.e. per group of entities that share partitions (item collections).
 */
final class TableLayoutRule implements Rule {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{3,255}");

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
        if (!"multi-table".equals(s.style())) {
            s.entities().forEach(e -> s.tableOf(e.name(), table));
            s.step(id(), true, "One table for every entity",
                    "The single-table style stores all entities in one table with generic key names (PK, SK,"
                            + " GSI1PK...), so related items can share partitions and indexes serve several entities.",
                    null, null, List.of("table " + table + " holds " + s.entities().size() + " entities"));
            return;
        }
        Map<String, String> root = new LinkedHashMap<>();
        s.entities().forEach(e -> root.put(e.name(), e.name()));
        for (Entity e : s.entities()) {
            for (Layout l : s.layoutsOf(e.name())) {
                for (Entity o : s.entities()) {
                    Layout other = s.layout(o.name(), l.slot());
                    if (o != e && other != null && other.pkPrefix().equals(l.pkPrefix())
                            && other.pkAttrs().size() == l.pkAttrs().size() && !l.pkAttrs().isEmpty()) {
                        union(root, e.name(), o.name());
                    }
                }
            }
        }
        List<String> changes = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (s.embedding(e.name()) != null) {
                union(root, e.name(), s.embedding(e.name()).host());
            }
        }
        for (Entity e : s.entities()) {
            String r = find(root, e.name());
            s.tableOf(e.name(), sanitize(table + "-" + r));
        }
        for (String t : s.tableNames()) {
            changes.add(t + " holds " + String.join(", ", s.entities().stream().map(Entity::name)
                    .filter(n -> s.tableOf(n).equals(t)).toList()));
        }
        s.step(id(), true, "One table per aggregate",
                "The multi-table style gives each aggregate (an entity with the entities that share its partitions)"
                        + " its own table and indexes; items that are read together still share a partition.",
                null, null, changes);
    }

    private static void union(Map<String, String> root, String a, String b) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) {
            List<String> order = new ArrayList<>(root.keySet());
            if (order.indexOf(ra) < order.indexOf(rb)) {
                root.put(rb, ra);
            } else {
                root.put(ra, rb);
            }
        }
    }

    private static String find(Map<String, String> root, String a) {
        String r = a;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    static String sanitize(String name) {
        String clean = (name == null ? "" : name).replaceAll("[^A-Za-z0-9_.-]+", "");
        if (clean.length() < 3) {
            clean = (clean + "Table").substring(0, Math.max(3, clean.length() + 5));
        }
        return NAME.matcher(clean).matches() ? clean : clean.substring(0, Math.min(255, clean.length()));
    }
}
