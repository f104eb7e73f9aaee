package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Match;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the entities a pattern reads together (a parent with its children, or children with
 * their parent) into one partition of the base table or, when that is taken, of a GSI, so one
 * Query returns them all: an item collection.
 */
final class ItemCollectionRule implements Rule {

    @Override
    public String id() {
        return "one-to-many-item-collection";
    }

    @Override
    public void apply(DesignState s) {
        if (s.multiTable()) {
            s.step(id(), false, "Item collections for patterns that read related entities together",
                    "Not applicable in the multi-table style: each entity has its own table, so related items never"
                            + " share a partition and an included entity is read with a request on its own table.",
                    null, null, null);
            return;
        }
        Placement placement = new Placement(s);
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Need n : s.needs()) {
            if (n.include().isEmpty() || s.isAssigned(n)) {
                continue;
            }
            String why = colocate(s, placement, n, changes);
            if (why == null) {
                patterns.add(n.id());
            } else {
                misses.add(n.id() + ": " + why);
            }
        }
        List<String> all = new ArrayList<>(changes);
        misses.forEach(m -> all.add("not co-located, " + m));
        s.step(id(), !patterns.isEmpty(), "Item collections for patterns that read related entities together",
                patterns.isEmpty() && misses.isEmpty()
                        ? "Not applicable because no read pattern includes a related entity."
                        : "A pattern with include reads items of several entities in one request. Giving the"
                                + " related items the same partition key (the parent's identifier) and different sort"
                                + " key prefixes lets one Query return the whole collection.",
                null, patterns, all);
    }

    /** Co-locates the need with its includes and assigns it; returns why not, or null. */
    private String colocate(DesignState s, Placement placement, Need n, List<String> changes) {
        if (n.range() != null || !n.constants().isEmpty()) {
            return "its range or constant condition would exclude the included items from a single key condition";
        }
        Entity e = n.entity();
        List<String> ePk = null;
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        for (String inc : n.include()) {
            List<String>[] pair = mapping(s, e, inc, n);
            if (pair == null) {
                return inc + " is not linked to " + e.name() + " by the pattern's = attributes";
            }
            if (ePk == null) {
                ePk = pair[0];
            }
            List<String> order = ePk;
            List<String> incAttrs = new ArrayList<>();
            for (String a : order) {
                incAttrs.add(pair[1].get(pair[0].indexOf(a)));
            }
            mapped.put(inc, incAttrs);
        }
        if (new HashSet<>(ePk).equals(new HashSet<>(e.identifierNames()))) {
            List<String> ids = e.identifierNames();
            for (Map.Entry<String, List<String>> m : mapped.entrySet()) {
                List<String> reordered = new ArrayList<>();
                for (String id : ids) {
                    reordered.add(m.getValue().get(ePk.indexOf(id)));
                }
                m.setValue(reordered);
            }
            ePk = ids;
        }
        for (int slot = 0; slot <= DesignState.MAX_GSIS; slot++) {
            List<Layout> created = new ArrayList<>();
            Layout le = s.layout(e.name(), slot);
            String prefix;
            if (le == null) {
                List<String> comps = n.sortAttribute() == null ? List.of() : List.of(n.sortAttribute());
                le = new Layout(e.name(), slot, placement.prefixFor(e, ePk, null), ePk, comps, null);
                if (slot == 0 && !placement.baseEligible(le)) {
                    continue;
                }
                created.add(le);
            }
            Match m = Keys.match(le, n);
            if (le.when() != null || !le.pkAttrs().equals(ePk) || m == null || m.eqInSortKey() != 0) {
                continue;
            }
            prefix = le.pkPrefix();
            boolean ok = true;
            for (Map.Entry<String, List<String>> inc : mapped.entrySet()) {
                Layout lj = s.layout(inc.getKey(), slot);
                if (lj == null) {
                    lj = new Layout(inc.getKey(), slot, prefix, inc.getValue(), List.of(), null);
                    if (slot == 0 && !placement.baseEligible(lj)) {
                        ok = false;
                        break;
                    }
                    created.add(lj);
                } else if (lj.when() != null || !lj.pkPrefix().equals(prefix) || !lj.pkAttrs().equals(inc.getValue())) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            created.forEach(s::add);
            s.assign(n, new DesignState.Assignment(m, null, id(), true));
            changes.add(n.id() + ": " + e.name() + " and " + String.join(", ", n.include()) + " share partition "
                    + Keys.pkTemplate(le) + " in " + le.describe());
            return null;
        }
        return "no key slot left where the partitions agree";
    }

    /**
     * The pattern's partition attributes and the included entity's matching attributes, position
     * by position, when a parent-child link connects them through exactly the pattern's = attributes.
     */
    @SuppressWarnings("unchecked")
    private static List<String>[] mapping(DesignState s, Entity e, String inc, Need n) {
        if (inc.equals(e.name()) || s.entity(inc) == null) {
            return null;
        }
        var eq = n.eqAttributes();
        for (DesignState.Link link : s.parentLinks(e.name())) {
            if (link.parent().equals(inc) && new HashSet<>(link.foreignKey()).equals(eq)) {
                return new List[] {link.foreignKey(), link.parentIds()};
            }
        }
        for (DesignState.Link link : s.parentLinks(inc)) {
            if (link.parent().equals(e.name()) && !eq.isEmpty() && link.parentIds().containsAll(eq)) {
                List<String> mine = new ArrayList<>();
                List<String> theirs = new ArrayList<>();
                for (int i = 0; i < link.parentIds().size(); i++) {
                    if (eq.contains(link.parentIds().get(i))) {
                        mine.add(link.parentIds().get(i));
                        theirs.add(link.foreignKey().get(i));
                    }
                }
                return new List[] {mine, theirs};
            }
        }
        return null;
    }
}
