package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Warning;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests that read a many-to-many side from the other: a Query of the edges in the
 * source's partition (its templates filled from the pattern's parameters or the source items),
 * then a BatchGetItem of the other side by the identifiers the edge items hold. When the pattern
 * includes the other side, the edges only supply keys and are marked intermediate.
 */
final class ManyToManyReads {

    private ManyToManyReads() {
    }

    /** The requests for the include, or null when no many-to-many with a through entity serves it. */
    static List<PatternPlan> requests(DesignState s, Need n, String inc) {
        ManyToManyEdges edges = ManyToManyEdges.of(s, n.entity().name(), inc);
        Layout l = edges == null ? null : edges.edgeLayout(s);
        if (l == null) {
            return null;
        }
        boolean other = edges.readsOther(inc);
        Map<String, String> bySource = new LinkedHashMap<>();
        for (int i = 0; i < edges.sourceKey().size(); i++) {
            bySource.put(edges.sourceKey().get(i), edges.sourceIds().get(i));
        }
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put(l.pkName(), new KeyCondition("=", Keys.rename(Keys.pkTemplate(l), bySource)));
        key.put(l.skName(), new KeyCondition("begins_with", Keys.sortPrefix(s, l) + "#"));
        String table = TableNames.tableFor(s, edges.through());
        List<PatternPlan> out = new ArrayList<>();
        out.add(new PatternPlan(n.id() + "." + edges.through(), table, l.indexName(), "Query", key, null, null, null, null,
                null, null, null, null, null, "many-to-many-adjacency", "Query of the " + edges.through() + " edges of the "
                        + edges.source() + (l.slot() == 0 ? "" : " on " + l.indexName())
                        + (other ? ", which name the " + edges.other() + " items" : ""),
                null, other ? Boolean.TRUE : null, null));
        if (other) {
            out.add(otherSide(s, n, edges));
        }
        return out;
    }

    /**
     * Whether the include is linked to the pattern's entity only by a many-to-many without a
     * {@code through} entity that got no implied edge entity (model/EdgeEntities): no item records
     * which of them go together, so no request can read them. Adds a warning saying so.
     */
    static boolean unlinked(DesignState s, Need n, String inc) {
        String source = n.entity().name();
        boolean bare = s.model().relationships().stream().anyMatch(r -> r.cardinality() == Cardinality.MANY_TO_MANY
                && r.through() == null && r.connects(source, inc));
        if (!bare || IncludeRequests.names(s, source, inc) != null || ManyToManyEdges.of(s, source, inc) != null) {
            return false;
        }
        s.warnings().add(new Warning("many-to-many-without-through", "warning", n.id(), n.id() + " includes " + inc
                + ", but " + source + " and " + inc + " are many-to-many without a \"through\" entity and no edge item"
                + " can hold both identifiers under their own names (an entity linked to itself, or identifiers that"
                + " share a name), so the plan cannot read them",
                "add an entity that links them (one item per pair, holding both identifiers) and name it in \"through\""));
        return true;
    }

    private static PatternPlan otherSide(DesignState s, Need n, ManyToManyEdges edges) {
        Entity target = s.entity(edges.other());
        Layout base = s.layout(edges.other(), 0);
        Map<String, String> byEdge = new LinkedHashMap<>();
        for (int i = 0; i < edges.otherIds().size(); i++) {
            byEdge.put(edges.otherIds().get(i), edges.otherKey().get(i));
        }
        List<String> needed = new ArrayList<>(base.pkAttrs());
        needed.addAll(base.finalComps(target));
        List<String> missing = needed.stream().filter(a -> !byEdge.containsKey(a)).toList();
        if (!missing.isEmpty()) {
            s.warnings().add(new Warning("many-to-many-key", "warning", n.id(), n.id() + " reads " + edges.other()
                    + " by its base key, which holds " + String.join(", ", missing) + " that the " + edges.through()
                    + " edges lack", "add them to " + edges.through() + " or key " + edges.other() + " by its identifier"));
        }
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put("PK", new KeyCondition("=", Keys.rename(Keys.pkTemplate(base), byEdge)));
        key.put("SK", new KeyCondition("=", Keys.rename(Keys.skTemplate(s, base), byEdge)));
        return new PatternPlan(n.id() + "." + edges.other(), TableNames.tableFor(s, edges.other()), null, "BatchGetItem",
                key, null, null, null, null, null, null, null, null, null, "many-to-many-adjacency",
                "BatchGetItem of the " + edges.other() + " items by the identifiers the " + edges.through() + " edges hold",
                null);
    }
}
