package io.keysmith.design.program;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The steps that delete the implied edges (model/EdgeEntities) of a many-to-many side before the
 * side itself: a Query of the edges keyed by the side's identifier collects every edge (all
 * pages), then BatchWriteItem calls of 25 DeleteItem requests, each at the base key a collected
 * edge item holds. A user's own {@code through} entity is the user's data and is never touched.
 */
final class SideEdges {

    private SideEdges() {
    }

    /**
     * The steps for every implied edge entity the side belongs to, in relationship order; none for
     * an edge entity whose edges no key of the side finds (the design warns about those).
     */
    static List<ProgramRequest> deleteSteps(Model model, StoredEntity side, Function<String, Optional<StoredEntity>> stored) {
        List<ProgramRequest> steps = new ArrayList<>();
        for (EdgeRemoval r : removals(model, side, stored)) {
            steps.add(r.collect());
            steps.add(r.delete());
        }
        return steps;
    }

    /** The same steps as {@link #deleteSteps}, by edge entity. */
    static List<EdgeRemoval> removals(Model model, StoredEntity side, Function<String, Optional<StoredEntity>> stored) {
        List<EdgeRemoval> removals = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        String name = side.entity().name();
        for (Relationship r : model.relationships()) {
            if (r.through() == null || !(name.equals(r.from()) || name.equals(r.to())) || name.equals(r.from()) && name.equals(r.to())
                    || !done.add(r.through()) || !EdgeEntities.isEdge(model, r.through())) {
                continue;
            }
            Optional<StoredEntity> edge = stored.apply(r.through()).filter(e -> e.item() != null && e.embedded() == null);
            Optional<ProgramRequest> query = edge.flatMap(e -> query(e, side));
            if (query.isEmpty()) {
                continue;
            }
            // the base key as the collected item holds it: an index returns the base key attributes whatever it projects
            ProgramRequest each = new ProgramRequest(Operation.DELETE_ITEM, query.get().table(), null, edge.get().rawBaseKey(),
                    null, null, null, null, null, null, null, null, null, null, null, null,
                    "delete the edge at the base key it holds");
            ProgramRequest delete = ProgramRequest.batchForEach(each, query.get().collect(), ProgramRequest.MAX_BATCH_WRITE,
                    "delete the collected " + r.through() + " edges, " + ProgramRequest.MAX_BATCH_WRITE
                            + " a call (unprocessed ones resent), before the " + name + " itself");
            removals.add(new EdgeRemoval(r.through(), query.get(), delete));
        }
        return removals;
    }

    /**
     * The Query that collects the side's edges: on the first key of the edge item (base table,
     * local, then global index) whose partition template is made of the side's identifier alone,
     * the sort key narrowed to the edge's own prefix so that no other item of the partition is
     * taken; empty when no key is.
     */
    private static Optional<ProgramRequest> query(StoredEntity edge, StoredEntity side) {
        Set<String> given = new LinkedHashSet<>(side.entity().identifierNames());
        String sideName = side.entity().name();
        List<CurrentItemRead.Candidate> candidates = new ArrayList<>();
        candidates.add(new CurrentItemRead.Candidate(null, edge.partitionKey(), StoredEntity.name(edge.table().sortKey()), true));
        for (SecondaryIndex i : edge.localIndexes()) {
            candidates.add(new CurrentItemRead.Candidate(i.name(), edge.partitionKey(), StoredEntity.name(i.sortKey()), true));
        }
        for (SecondaryIndex i : edge.table().globalSecondaryIndexes()) {
            if (i.partitionKey() != null && edge.when(i.partitionKey().name()) == null) {
                candidates.add(new CurrentItemRead.Candidate(i.name(), i.partitionKey().name(), StoredEntity.name(i.sortKey()), false));
            }
        }
        for (CurrentItemRead.Candidate c : candidates) {
            String pk = template(edge, c.partitionKey());
            List<String> pkAttributes = pk == null ? List.of() : KeyTemplate.of(pk).attributes();
            if (pkAttributes.isEmpty() || !given.containsAll(pkAttributes)) {
                continue;
            }
            String sk = c.sortKey() == null ? null : template(edge, c.sortKey());
            Map<String, KeyCondition> condition = CurrentItemRead.condition(c, pk, sk, given);
            boolean global = !c.consistent();
            String list = edge.entity().name() + "Edges";
            return Optional.of(new ProgramRequest(Operation.QUERY, edge.table().name(), c.index(), null, null, condition,
                    new ArrayList<>(given), global ? null : Boolean.TRUE, null, null, null, null, null, null, null, null,
                    "collect every " + edge.entity().name() + " edge of the " + sideName + " (all pages"
                            + (global ? "; " + c.index() + " is eventually consistent, so a pair linked a moment ago may be missed" : "")
                            + "): one " + sideName + " may have more edges than the 100 items of one transaction, so they are"
                            + " deleted in batches before the " + sideName + ", not in its transaction",
                    list, null));
        }
        return Optional.empty();
    }

    /** The edge item's template of a key attribute: its row's, or the attribute itself when the key is a plain attribute. */
    private static String template(StoredEntity edge, String keyName) {
        String t = edge.item().keys().get(keyName);
        return t != null ? t : edge.entity().hasAttribute(keyName) ? "{" + keyName + "}" : null;
    }
}
