package io.keysmith.design;

import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finding, extending and creating the layouts that serve read patterns. */
public final class Placement {

    private final DesignState s;

    public Placement(DesignState state) {
        this.s = state;
    }

    /** An existing layout of the pattern's entity that serves it as it is. */
    public Match existing(Need n) {
        for (Layout l : s.layoutsOf(n.entity().name())) {
            if (n.strong() && l.slot() > 0) {
                continue;
            }
            Match m = Keys.match(l, n);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Extends the sort key of an existing layout so it serves the pattern, when no earlier pattern breaks. */
    public Match extend(Need n) {
        for (Layout l : s.layoutsOf(n.entity().name())) {
            if (n.strong() && l.slot() > 0) {
                continue;
            }
            List<String> comps = extendedComps(l, n);
            if (comps == null || comps.equals(l.skComps())) {
                continue;
            }
            if (l.slot() <= 0 && !comps.stream().allMatch(a -> s.stable(l.entity(), a))) {
                continue;
            }
            List<String> before = l.skComps();
            l.setSkComps(comps);
            boolean ok = Keys.match(l, n) != null;
            Map<String, Match> rematched = new LinkedHashMap<>();
            for (String id : l.served()) {
                Need other = s.needs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                Match m = Keys.match(l, other);
                ok &= m != null;
                rematched.put(id, m);
            }
            if (ok) {
                rematched.forEach(s::rematch);
                return Keys.match(l, n);
            }
            l.setSkComps(before);
        }
        return null;
    }

    private static List<String> extendedComps(Layout l, Need n) {
        Set<String> eq = new LinkedHashSet<>(n.eqAttributes());
        if (l.when() != null) {
            if (!n.hasConstant(l.when())) {
                return null;
            }
            eq.remove(l.when().attribute());
        }
        if (!eq.containsAll(l.pkAttrs())) {
            return null;
        }
        List<String> comps = new ArrayList<>(l.skComps());
        for (String a : eq) {
            if (!l.pkAttrs().contains(a) && !comps.contains(a)) {
                comps.add(a);
            }
        }
        String sort = n.sortAttribute();
        if (sort != null && !comps.contains(sort) && !l.pkAttrs().contains(sort)) {
            comps.add(sort);
        }
        return comps;
    }

    /** The layout a new key for the need would have in the given slot (not yet added). */
    public Layout propose(Need n, int slot, boolean sparse) {
        Entity e = n.entity();
        Condition when = null;
        Set<String> eq = new LinkedHashSet<>(n.eqAttributes());
        if (sparse && slot > 0 && !n.constants().isEmpty()) {
            when = n.constants().get(0);
            eq.remove(when.attribute());
        }
        List<String> pk = pkChoice(n, eq);
        List<String> comps = new ArrayList<>();
        for (String a : eq) {
            if (!pk.contains(a)) {
                comps.add(a);
            }
        }
        String sort = n.sortAttribute();
        if (sort != null && !comps.contains(sort) && !pk.contains(sort)) {
            comps.add(sort);
        }
        return new Layout(e.name(), slot, prefixFor(e, pk, when), pk, comps, when);
    }

    /**
     * The partition attributes for a new key: a foreign key or the full equality set, whichever
     * more of the entity's patterns can share (the smaller on a tie, leaving room in the sort key).
     */
    List<String> pkChoice(Need n, Set<String> eq) {
        Entity e = n.entity();
        List<List<String>> candidates = new ArrayList<>();
        for (DesignState.Link link : s.parentLinks(e.name())) {
            if (eq.containsAll(link.foreignKey()) && !candidates.contains(link.foreignKey())) {
                candidates.add(link.foreignKey());
            }
        }
        if (eq.containsAll(e.identifierNames()) && !candidates.contains(e.identifierNames())) {
            candidates.add(e.identifierNames());
        }
        List<String> all = new ArrayList<>(eq);
        if (!candidates.stream().anyMatch(c -> new HashSet<>(c).equals(new HashSet<>(all)))) {
            candidates.add(all);
        }
        List<Set<String>> shared = new ArrayList<>();
        for (Need o : s.needsOf(e.name())) {
            shared.add(o.eqAttributes());
        }
        List<String> best = null;
        int bestScore = -1;
        for (List<String> c : candidates) {
            int score = 0;
            for (Set<String> other : shared) {
                score += other.containsAll(c) ? 1 : 0;
            }
            if (score > bestScore || (score == bestScore && c.size() < best.size())) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** A readable partition prefix: the entity whose identifier the attributes are, else attribute names. */
    public String prefixFor(Entity e, List<String> pk, Condition when) {
        if (pk.isEmpty()) {
            String base = s.prefix(e.name());
            if (when != null && safeLiteral(when.value())) {
                return base + "#" + when.attribute().toUpperCase(Locale.ROOT) + "#" + when.value();
            }
            return base + "#ALL";
        }
        if (new HashSet<>(pk).equals(new HashSet<>(e.identifierNames()))) {
            return s.prefix(e.name());
        }
        for (DesignState.Link link : s.parentLinks(e.name())) {
            if (link.foreignKey().equals(pk)) {
                return s.prefix(link.parent());
            }
        }
        StringBuilder out = new StringBuilder(s.prefix(e.name()));
        for (String a : pk) {
            out.append('#').append(a.toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    static boolean safeLiteral(Object value) {
        String text = String.valueOf(value);
        return !text.isEmpty() && text.length() <= 64 && text.chars().noneMatch(ch -> ch == '{' || ch == '}' || ch < 32);
    }

    /** Whether every attribute of the layout can be in the base table key. */
    public boolean baseEligible(Layout l) {
        Entity e = s.entity(l.entity());
        List<String> attrs = new ArrayList<>(l.pkAttrs());
        attrs.addAll(l.finalComps(e));
        return l.when() == null && attrs.stream().allMatch(a -> s.stable(l.entity(), a))
                && partitions(s.entity(l.entity()), l) == Long.MAX_VALUE;
    }

    /**
     * How many partition key values the layout can have: 1 for a literal, the product of the
     * enumerations when every partition attribute is enumerated, else unbounded (Long.MAX_VALUE).
     */
    public static long partitions(Entity e, Layout l) {
        long n = 1;
        for (String a : l.pkAttrs()) {
            var values = e.attribute(a).map(x -> x.values()).orElse(null);
            if (values == null || values.isEmpty()) {
                return Long.MAX_VALUE;
            }
            n *= values.size();
        }
        return n;
    }

    /** The lowest GSI slot where the entity has no layout yet, or -1 past the limit. */
    public int freeGsi(String entity) {
        for (int slot = 1; slot <= DesignState.MAX_GSIS; slot++) {
            if (s.layout(entity, slot) == null) {
                return slot;
            }
        }
        return -1;
    }

    /** Adds the layout and assigns the need to it. */
    public Match place(Need n, Layout l, String rule) {
        s.add(l);
        Match m = Keys.match(l, n);
        if (m != null) {
            s.assign(n, new DesignState.Assignment(m, null, rule, false));
        }
        return m;
    }

}
