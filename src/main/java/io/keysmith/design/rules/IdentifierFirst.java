package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides between a base key built from grouping attributes (country, state) and one made of the
 * entity's identifier alone: when a read by identifier does not give the grouping attributes, the
 * identifier wins unless a pattern only the grouping key serves is more frequent than every such read. A key of the identifier keeps every
 * item unique without a marker and reads one by id with a strongly consistent GetItem; the
 * grouping then goes to an index.
 */
final class IdentifierFirst {

    /** The chosen base layout and the sentence saying why, or a null reason when there was no choice. */
    record Choice(Layout layout, String reason) {
    }

    private IdentifierFirst() {
    }

    /** Whether every attribute of the layout's key belongs to the entity's identifier. */
    static boolean identifierOnly(Entity e, Layout l) {
        Set<String> ids = new HashSet<>(e.identifierNames());
        List<String> attrs = new ArrayList<>(l.pkAttrs());
        attrs.addAll(l.finalComps(e));
        return ids.containsAll(attrs);
    }

    static Choice choose(DesignState s, Placement placement, Entity e, Layout grouping, List<Need> open) {
        if (grouping == null || identifierOnly(e, grouping)) {
            return new Choice(grouping, null);
        }
        Layout byId = identifierCandidate(s, placement, e, open);
        if (byId == null) {
            return new Choice(grouping, null);
        }
        // Reads by identifier that also fix the grouping attributes (a tenant's user by tenant and id)
        // are served by the grouping key too: only the others would need an index.
        List<Need> idServed = open.stream().filter(n -> Keys.match(byId, n) != null
                && !n.eqAttributes().containsAll(grouping.pkAttrs())).toList();
        if (idServed.isEmpty()) {
            return new Choice(grouping, null);
        }
        // The patterns that would read the grouping's partitions (its sort key grows for them later).
        List<Need> groupOnly = open.stream().filter(n -> Keys.match(byId, n) == null
                && n.eqAttributes().containsAll(grouping.pkAttrs())).toList();
        Need fastestId = fastest(idServed);
        Need fastestGroup = groupOnly.isEmpty() ? null : fastest(groupOnly);
        String group = String.join(", ", grouping.pkAttrs());
        if (fastestGroup != null && fastestGroup.pattern().rateOrDefault() > fastestId.pattern().rateOrDefault()) {
            return new Choice(grouping, e.name() + " is keyed by " + group + ", not by its identifier: "
                    + rate(fastestGroup) + " is more frequent than every read by identifier (" + rate(fastestId)
                    + "), so the grouping gets the base table and an identifier marker keeps "
                    + String.join(", ", e.identifierNames()) + " unique");
        }
        return new Choice(byId, e.name() + " is keyed by its identifier " + String.join(", ", e.identifierNames())
                + ", so every item is unique by its key and " + rate(fastestId) + " is a consistent GetItem"
                + (fastestGroup == null ? "" : "; the grouping by " + group + " (" + ids(groupOnly)
                        + ", at most " + number(fastestGroup.pattern().rateOrDefault()) + "/s) goes to an index"
                        + " because none of its patterns is more frequent"));
    }

    /** The best-serving candidate whose key holds only identifier attributes, else the identifier alone. */
    private static Layout identifierCandidate(DesignState s, Placement placement, Entity e, List<Need> open) {
        Layout best = null;
        int bestScore = -1;
        for (Need n : open) {
            Layout c = placement.propose(n, 0, false);
            if (!identifierOnly(e, c) || !placement.baseEligible(c)) {
                continue;
            }
            int score = (int) open.stream().filter(o -> Keys.match(c, o) != null).count();
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        Layout plain = new Layout(e.name(), 0, s.prefix(e.name()), e.identifierNames(), List.of(), null);
        return placement.baseEligible(plain) ? plain : null;
    }

    private static Need fastest(List<Need> needs) {
        Need out = needs.get(0);
        for (Need n : needs) {
            if (n.pattern().rateOrDefault() > out.pattern().rateOrDefault()) {
                out = n;
            }
        }
        return out;
    }

    private static String rate(Need n) {
        return n.id() + " at " + number(n.pattern().rateOrDefault()) + "/s";
    }

    private static String ids(List<Need> needs) {
        return String.join(", ", needs.stream().map(Need::id).toList());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
