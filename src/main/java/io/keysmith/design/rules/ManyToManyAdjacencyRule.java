package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import io.keysmith.design.Warning;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.PatternType;
import io.keysmith.model.Relationship;
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
                    s.warnings().add(new Warning("many-to-many-no-slot", "warning", n.id(), n.id() + " reads the "
                            + edges.through() + " edges of a " + edges.source() + ", but every index slot is taken, so no"
                            + " key finds them", "free an index, or read the pattern from the other side"));
                    continue;
                }
                if (!entities.contains(edges.through())) {
                    entities.add(edges.through());
                }
                if (l.slot() > 0 && n.pattern().stronglyConsistent()) {
                    s.warnings().add(new Warning("many-to-many-eventual", "warning", n.id(), n.id() + " asks for strong"
                            + " consistency, but the " + edges.through() + " edges of a " + edges.source() + " are in "
                            + l.indexName() + ", which reads eventually consistent", "read this pattern eventually"
                            + " consistent, or store a second edge item in the " + edges.source() + "'s partition"));
                }
                changes.add(n.id() + ": " + edges.through() + " edges in " + l.describe() + " under "
                        + Keys.pkTemplate(l) + ", sort key " + Keys.skTemplate(s, l) + ", so a " + edges.source()
                        + "'s " + edges.other() + " identifiers are one Query");
            }
        }
        keyForDeletes(s, placement, patterns, entities, changes);
        List<String> implied = impliedEdges(s);
        s.step(id(), !entities.isEmpty(), "Adjacency list for many-to-many relationships",
                patterns.isEmpty() ? "Not applicable because no read pattern includes the other side of a many-to-many."
                        : "A many-to-many relationship is stored as edge items of its through entity, each holding both"
                                + " identifiers. Keyed by one side's identifier (and, inverted in an index, by the other's),"
                                + " the edges of either side are one Query; their items then name the other side's keys for a"
                                + " BatchGetItem."
                                + (implied.isEmpty() ? "" : " The model names no through entity for "
                                        + String.join(", ", implied) + ", so the design adds one: an edge item per linked"
                                        + " pair holding both identifiers, written by its own link and unlink patterns."
                                        + " One edge item inverted in an index costs a write and an index write per link;"
                                        + " two edge items (one in each side's partition) would need a transaction of"
                                        + " two writes, twice the units, so the index is chosen. Deleting a side deletes its"
                                        + " edges first: a Query of its partition collects them and a DeleteItem removes each,"
                                        + " so the other side's reads never name a deleted item."),
                entities, patterns, changes);
    }

    /**
     * The implied edge entities (model/EdgeEntities) the patterns read, each with an info warning
     * that says what writes them, and a warning for a delete of a side whose edges no key finds.
     */
    private static List<String> impliedEdges(DesignState s) {
        List<String> out = new ArrayList<>();
        for (Relationship r : s.model().relationships()) {
            if (r.through() == null || !s.edgeEntities().contains(r.through())
                    || s.layout(r.through(), 0) == null || out.contains(r.through())) {
                continue;
            }
            out.add(r.through());
            s.warnings().add(new Warning("many-to-many-edges", "info", r.through(), r.from() + " and " + r.to()
                    + " are many-to-many without a \"through\" entity: each linked pair is an " + r.through()
                    + " edge item, written by " + EdgeEntities.LINK + r.through() + " and removed by "
                    + EdgeEntities.UNLINK + r.through(), "name a through entity in the model to give the pairs"
                            + " attributes of their own"));
            for (String side : List.of(r.from(), r.to())) {
                for (AccessPattern p : s.writesOf(side)) {
                    ManyToManyEdges edges = p.type() == PatternType.DELETE ? edgesOfSide(s, r, side) : null;
                    if (p.type() == PatternType.DELETE && (edges == null || edges.edgeLayout(s) == null)) {
                        s.warnings().add(new Warning("many-to-many-orphan-edges", "warning", p.id(), p.id() + " deletes a "
                                + side + " but no key finds its " + r.through() + " edges, so they stay and Queries of the"
                                + " other side still name it (its BatchGetItem then finds nothing)",
                                "free an index slot so that the edges are also keyed by the " + side));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Keys the implied edges by each side a delete pattern removes, so that the delete's program
     * finds the side's edges with a Query (model/EdgeEntities; a user's own through entity is the
     * user's data and is left alone).
     */
    private static void keyForDeletes(DesignState s, Placement placement, List<String> patterns, List<String> entities,
            List<String> changes) {
        for (Relationship r : s.model().relationships()) {
            if (r.through() == null || !s.edgeEntities().contains(r.through())) {
                continue;
            }
            for (String side : List.of(r.from(), r.to())) {
                for (AccessPattern p : s.writesOf(side)) {
                    ManyToManyEdges edges = p.type() == PatternType.DELETE ? edgesOfSide(s, r, side) : null;
                    if (edges == null || edges.edgeLayout(s) != null) {
                        continue;
                    }
                    Layout l = place(s, placement, edges);
                    if (l == null) {
                        continue; // impliedEdges warns that the edges stay
                    }
                    patterns.add(p.id());
                    if (!entities.contains(edges.through())) {
                        entities.add(edges.through());
                    }
                    changes.add(p.id() + ": " + edges.through() + " edges in " + l.describe() + " under " + Keys.pkTemplate(l)
                            + ", so deleting a " + side + " finds its edges with one Query and deletes them first");
                }
            }
        }
    }

    /** The edges of one side of the relationship, as the reads of that side would find them. */
    private static ManyToManyEdges edgesOfSide(DesignState s, Relationship r, String side) {
        return ManyToManyEdges.of(s, side, side.equals(r.from()) ? r.to() : r.from());
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
