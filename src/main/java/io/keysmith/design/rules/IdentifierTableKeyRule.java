package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Placement;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.keysmith.design.Need;

/**
 * In the multi-table style, keys each entity's own table by its identifier: the partition key is
 * the (first) identifier attribute and the remaining identifier attributes form the sort key, so
 * an item is found by what names it and every other read gets an index of that table. A strongly
 * consistent read that chose the base key first keeps it (only the base table reads strongly).
 */
final class IdentifierTableKeyRule implements Rule {

    @Override
    public String id() {
        return "identifier-table-key";
    }

    @Override
    public void apply(DesignState s) {
        if (!s.multiTable()) {
            s.step(id(), false, "Each table keyed by its entity's identifier",
                    "Not applicable in the single-table style: entities share the table's generic keys.", null, null, null);
            return;
        }
        Placement placement = new Placement(s);
        List<String> entities = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Entity e : s.entities()) {
            List<String> ids = e.identifierNames();
            if (s.layout(e.name(), 0) != null || s.embedding(e.name()) != null || ids.isEmpty()) {
                continue;
            }
            Layout key = new Layout(e.name(), 0, s.prefix(e.name()), List.of(ids.get(0)), List.of(), null);
            if (!placement.baseEligible(key)) {
                changes.add(e.name() + ": identifier " + String.join(", ", ids)
                        + " can be missing or change, so its read patterns choose the key");
                continue;
            }
            s.add(key);
            entities.add(e.name());
            changes.add(e.name() + ": partition key " + ids.get(0)
                    + (ids.size() > 1 ? ", sort key " + String.join(", ", ids.subList(1, ids.size())) : "")
                    + " (PK " + Keys.pkTemplate(key) + ", SK " + Keys.skTemplate(s, key) + ")");
        }
        for (Need n : s.needs()) {
            for (String inc : n.include()) {
                String added = includeIndex(s, n.entity().name(), inc);
                if (added != null) {
                    changes.add(n.id() + ": " + added);
                }
            }
        }
        s.step(id(), !entities.isEmpty(), "Each table keyed by its entity's identifier",
                "In the multi-table style every entity has a table of its own, keyed the way the entity is named:"
                        + " the identifier is the partition key (a composite identifier adds its other attributes as the"
                        + " sort key), so each item is unique by construction and fetched by a GetItem; the other read"
                        + " patterns get indexes of that table. An entity whose base key a strongly consistent read"
                        + " already chose keeps it. An included entity that its source items cannot address (a"
                        + " parent's children) gets an index keyed by the attributes that link it, so the second"
                        + " request is a Query on that index instead of a scan.",
                entities, null, changes);
    }

    /**
     * A GSI on the included entity keyed by the attributes its source's items hold (the children's
     * foreign key), when neither its base key nor an index can be filled from them; else null.
     */
    private static String includeIndex(DesignState s, String source, String inc) {
        Entity target = s.entity(inc);
        Map<String, String> names = IncludeRequests.names(s, source, inc);
        if (target == null || names == null || s.embedding(inc) != null || s.layout(inc, 0) == null) {
            return null;
        }
        for (Layout l : s.layoutsOf(inc)) {
            if (!l.isLsi() && l.when() == null && names.keySet().containsAll(l.pkAttrs())) {
                return null;
            }
        }
        List<String> pk = List.copyOf(names.keySet());
        if (!pk.stream().allMatch(a -> target.attribute(a).map(x -> x.type().isScalar()).orElse(false))) {
            return null;
        }
        int slot = s.layoutsOf(inc).stream().mapToInt(Layout::slot).max().orElse(0) + 1;
        if (slot > DesignState.MAX_GSIS) {
            return null;
        }
        Layout index = new Layout(inc, slot, s.prefix(source), pk, List.of(), null);
        s.add(index);
        return inc + " gets " + index.indexName() + " keyed by " + String.join(", ", pk) + " to be read from the "
                + source + " items that include it";
    }
}
