package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys the edges of a many-to-many relationship for every side a pattern reads them from (the
 * adjacency list): the {@code through} items live in the partition of one side's identifier in
 * the base table and, inverted, in the other side's partition of a GSI, so "courses of a student"
 * and "students of a course" are each one Query followed by a BatchGetItem of the other side.
 */
final class ManyToManyAdjacencyRule implements Rule {

    @Override
    public String id() {
        return "many-to-many-adjacency";
    }

    @Override
    public void apply(DesignState s) {
        Placement placement = new Placement(s);
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (Need n : s.needs()) {
            for (String inc : n.include()) {
                ManyToManyEdges edges = ManyToManyEdges.of(s, n.entity().name(), inc);
                if (edges == null) {
                    continue;
                }
                patterns.add(n.id());
                if (edges.edgeLayout(s) != null) {
                    continue;
                }
                Layout l = place(s, placement, edges);
                if (l == null) {
                    changes.add(n.id() + ": no key slot left for the " + edges.through() + " edges of " + edges.source());
                    continue;
                }
                if (!entities.contains(edges.through())) {
                    entities.add(edges.through());
                }
                changes.add(n.id() + ": " + edges.through() + " edges in " + l.describe() + " under "
                        + Keys.pkTemplate(l) + ", sort key " + Keys.skTemplate(s, l) + ", so a " + edges.source()
                        + "'s " + edges.other() + " identifiers are one Query");
            }
        }
        s.step(id(), !entities.isEmpty(), "Adjacency list for many-to-many relationships",
                patterns.isEmpty() ? "Not applicable because no read pattern includes the other side of a many-to-many."
                        : "A many-to-many relationship is stored as edge items of its through entity, each holding both"
                                + " identifiers. Keyed by one side's identifier (and, inverted in an index, by the other's),"
                                + " the edges of either side are one Query; their items then name the other side's keys for a"
                                + " BatchGetItem.",
                entities, patterns, changes);
    }

    /** The base table when the through entity has no key yet, else the lowest free GSI. */
    private static Layout place(DesignState s, Placement placement, ManyToManyEdges edges) {
        String prefix = s.prefix(edges.source());
        List<String> comps = edges.otherKey().stream().filter(a -> !edges.sourceKey().contains(a)).toList();
        if (s.layout(edges.through(), 0) == null) {
            Layout base = new Layout(edges.through(), 0, prefix, edges.sourceKey(), comps, null);
            if (placement.baseEligible(base)) {
                s.add(base);
                return base;
            }
        }
        int slot = placement.freeGsi(edges.through());
        if (slot < 0) {
            return null;
        }
        Layout gsi = new Layout(edges.through(), slot, prefix, edges.sourceKey(), comps, null);
        s.add(gsi);
        return gsi;
    }
}
