package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Partitions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the entities inside each shared partition so that every pattern reading several of
 * them gets one contiguous sort key range (a {@code between} that returns nothing else), and a
 * limited read that includes its parent meets the parent first: entities that must sort earlier
 * get a leading {@code #}, later ones a leading {@code _}, as few as possible.
 */
final class CollectionOrderRule implements Rule {

    /** Partitions with more entities than this keep their natural order (the search is factorial). */
    static final int MAX_SEARCH = 7;

    /** A pattern's wish: these entities adjacent; with {@code mainLast} its own entity at the far end. */
    record Wish(Need need, Set<String> entities, boolean mainLast, boolean mainHigh) {
    }

    @Override
    public String id() {
        return "item-collection-order";
    }

    @Override
    public void apply(DesignState s) {
        Map<String, List<Wish>> wishes = new LinkedHashMap<>();
        Map<String, Layout> anyLayout = new LinkedHashMap<>();
        for (Need n : s.needs()) {
            DesignState.Assignment a = s.assignment(n.id());
            if (a == null || !a.colocated() || a.match() == null) {
                continue;
            }
            Layout l = a.match().layout();
            String key = s.tableOf(l.entity()) + "|" + l.slot() + "|" + l.pkPrefix();
            Set<String> w = new LinkedHashSet<>();
            w.add(n.entity().name());
            w.addAll(n.include());
            boolean limited = n.pattern().limit() != null;
            boolean ascending = n.order() == null || !n.order().descending();
            wishes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Wish(n, w, limited, ascending));
            anyLayout.putIfAbsent(key, l);
        }
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Map.Entry<String, List<Wish>> entry : wishes.entrySet()) {
            Layout l = anyLayout.get(entry.getKey());
            List<Layout> members = Partitions.members(s, l);
            List<Wish> list = entry.getValue();
            list.forEach(w -> patterns.add(w.need().id()));
            String where = Keys.pkTemplate(l) + " in " + (l.slot() == 0 ? "the base table" : l.describe());
            if (unmet(members, list).isEmpty()) {
                changes.add(where + ": the natural order " + names(members) + " already gives "
                        + ids(list) + " one range each");
                continue;
            }
            CollectionOrder.Choice choice = members.size() <= MAX_SEARCH ? CollectionOrder.best(s, members, list) : null;
            if (choice == null) {
                changes.add(where + ": " + members.size() + " entities are too many to reorder; "
                        + ids(unmet(members, list)) + " read several ranges");
                continue;
            }
            for (int i = 0; i < choice.order().size(); i++) {
                choice.order().get(i).sortPrefix(choice.prefixes().get(i));
            }
            List<Layout> sorted = Partitions.members(s, l);
            List<String> renamed = new ArrayList<>();
            for (Layout m : sorted) {
                if (m.sortPrefix() != null) {
                    renamed.add(m.entity() + " starts its sort key with " + m.sortPrefix());
                }
            }
            List<Wish> still = unmet(sorted, list);
            changes.add(where + ": sorted " + String.join(" < ", sorted.stream().map(m -> Keys.sortPrefix(s, m)).toList())
                    + (renamed.isEmpty() ? "" : " (" + String.join(", ", renamed) + ")")
                    + (still.isEmpty() ? "; every pattern reads one range" : "; " + ids(still) + " still read several ranges"));
        }
        s.step(id(), !changes.isEmpty(), "Sort order inside shared partitions",
                changes.isEmpty() ? "Not applicable because no pattern reads several entities from one partition."
                        : "A Query that reads a parent with some of its related entities must not return the other"
                                + " entities of the partition, so those it reads have to be neighbours in sort key order:"
                                + " then one between condition selects exactly them. A limited read of the newest"
                                + " children with their parent also needs the parent at the end the Query starts from"
                                + " (for a descending read the children sort before the parent). Sort key prefixes decide"
                                + " the order: a leading # sorts before letters and a leading _ after them.",
                null, patterns, changes);
    }

    /** The wishes the given sort order does not meet. */
    static List<Wish> unmet(List<Layout> order, List<Wish> wishes) {
        List<String> names = order.stream().map(Layout::entity).toList();
        return wishes.stream().filter(w -> !CollectionOrder.meets(names, w)).toList();
    }

    private static String names(List<Layout> members) {
        return String.join(" < ", members.stream().map(Layout::entity).toList());
    }

    private static String ids(List<Wish> list) {
        return String.join(", ", list.stream().map(w -> w.need().id()).distinct().toList());
    }
}
