package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Partitions;
import io.keysmith.design.PatternPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sort key ranges a pattern reads in a shared partition: the runs of neighbouring entities
 * it asks for (normally one, after {@link CollectionOrderRule}), each selected exactly by one
 * key condition.
 */
final class CollectionRanges {

    private CollectionRanges() {
    }

    /** The pattern's entities grouped into runs of neighbours, in sort key order. */
    static List<List<Layout>> runs(DesignState s, Need n, Layout l) {
        Set<String> wanted = new java.util.LinkedHashSet<>(n.include());
        wanted.add(n.entity().name());
        List<List<Layout>> runs = new ArrayList<>();
        List<Layout> current = null;
        for (Layout m : Partitions.members(s, l)) {
            if (wanted.contains(m.entity())) {
                if (current == null) {
                    current = new ArrayList<>();
                    runs.add(current);
                }
                current.add(m);
            } else {
                current = null;
            }
        }
        return runs;
    }

    /** Whether the run is every entity of the partition, so the partition key alone selects it. */
    static boolean wholePartition(DesignState s, Layout l, List<Layout> run) {
        return run.size() == Partitions.members(s, l).size();
    }

    /** The sort key condition that selects exactly the run's items. */
    static KeyCondition condition(DesignState s, List<Layout> run) {
        Layout first = run.get(0);
        Layout last = run.get(run.size() - 1);
        if (run.size() == 1) {
            boolean bare = first.finalComps(s.entity(first.entity())).isEmpty();
            return bare ? new KeyCondition("=", Keys.sortPrefix(s, first))
                    : new KeyCondition("begins_with", Keys.sortPrefix(s, first) + "#");
        }
        return new KeyCondition("between", List.of(Partitions.low(s, first), Partitions.high(s, last)));
    }

    /** The entities of the run, for verdicts: "Order to Customer". */
    static String describe(List<Layout> run) {
        return run.size() == 1 ? run.get(0).entity() : run.get(0).entity() + " to " + run.get(run.size() - 1).entity();
    }

    /**
     * The Limit of the request reading the run: the pattern's limit plus one per included parent
     * item in the run (it is read first), or none when the run holds included children, whose
     * number is unknown.
     */
    static Integer limit(DesignState s, Need n, List<Layout> run) {
        Integer limit = n.pattern().limit();
        if (limit == null) {
            return null;
        }
        int extra = 0;
        for (Layout m : run) {
            if (m.entity().equals(n.entity().name())) {
                continue;
            }
            boolean parent = s.parentLinks(n.entity().name()).stream().anyMatch(k -> k.parent().equals(m.entity()));
            if (!parent) {
                return null;
            }
            extra++;
        }
        return limit + extra;
    }

    /** The run holding the pattern's own entity. */
    static List<Layout> mainRun(Need n, List<List<Layout>> runs) {
        return runs.stream().filter(r -> r.stream().anyMatch(m -> m.entity().equals(n.entity().name())))
                .findFirst().orElse(runs.get(0));
    }

    /**
     * A co-located pattern whose entities are not neighbours in the partition (the sort order
     * could not serve every pattern): one Query per run of neighbours, its own entity's first.
     */
    static PatternPlan plan(DesignState s, Need n, DesignState.Assignment a, PatternPlan main) {
        Layout l = a.match().layout();
        List<List<Layout>> runs = CollectionRanges.runs(s, n, l);
        if (runs.size() <= 1) {
            return main;
        }
        List<Layout> mainRun = CollectionRanges.mainRun(n, runs);
        List<PatternPlan> requests = new ArrayList<>();
        requests.add(main);
        for (List<Layout> run : runs) {
            if (run == mainRun) {
                continue;
            }
            Map<String, KeyCondition> key = new LinkedHashMap<>();
            key.put(l.pkName(), new KeyCondition("=", Keys.pkTemplate(l)));
            key.put(l.skName(), CollectionRanges.condition(s, run));
            requests.add(new PatternPlan(n.id() + "." + run.get(0).entity(), main.table(), main.index(), "Query", key,
                    main.scanIndexForward(), main.consistentRead(), null, null, null, null, null, null, null,
                    "item-collection-order", "Query on the sort key range of " + CollectionRanges.describe(run), null));
        }
        return new PatternPlan(n.id(), main.table(), main.index(), main.operation(), main.keyCondition(),
                main.scanIndexForward(), main.consistentRead(), main.limit(), main.filterExpression(), null, null, null,
                null, null, main.rule(), requests.size() + " requests: " + main.verdict() + ", then the other ranges of"
                        + " the partition it reads (other entities sort between them)", requests);
    }
}
