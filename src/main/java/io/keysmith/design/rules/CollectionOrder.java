package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * The search behind {@link CollectionOrderRule}: the order of a partition's entities that meets
 * the most patterns, realised with the fewest and shortest sort key markers.
 */
final class CollectionOrder {

    /** The layouts in their new order and the sort prefix each gets (null keeps the entity's own). */
    record Choice(List<Layout> order, List<String> prefixes, int met, int renamed, int weight, String text) {

        boolean betterThan(Choice o) {
            if (o == null || met != o.met) {
                return o == null || met > o.met;
            }
            if (renamed != o.renamed) {
                return renamed < o.renamed;
            }
            if (weight != o.weight) {
                return weight < o.weight;
            }
            return text.compareTo(o.text) < 0;
        }
    }

    private CollectionOrder() {
    }

    static Choice best(DesignState s, List<Layout> members, List<CollectionOrderRule.Wish> wishes) {
        Choice[] best = new Choice[1];
        permute(new ArrayList<>(members), 0, p -> {
            List<String> names = p.stream().map(Layout::entity).toList();
            int met = (int) wishes.stream().filter(w -> meets(names, w)).count();
            if (best[0] != null && met < best[0].met()) {
                return;
            }
            Choice c = realise(s, p, met);
            if (c.betterThan(best[0])) {
                best[0] = c;
            }
        });
        return best[0];
    }

    /** Whether the wish's entities are neighbours in the order, its own entity at the required end. */
    static boolean meets(List<String> order, CollectionOrderRule.Wish w) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String e : w.entities()) {
            int i = order.indexOf(e);
            if (i < 0) {
                return false;
            }
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        if (hi - lo + 1 != w.entities().size()) {
            return false;
        }
        if (!w.mainLast() || w.entities().size() == 1) {
            return true;
        }
        int main = order.indexOf(w.need().entity().name());
        return w.mainHigh() ? main == hi : main == lo;
    }

    /**
     * Markers that make the permutation the sort order: the longest run already in natural order
     * keeps its prefixes; entities before it get one more {@code #} per step back where the
     * natural order breaks, entities after it one more {@code _}.
     */
    private static Choice realise(DesignState s, List<Layout> p, int met) {
        int k = p.size();
        List<String> natural = p.stream().map(l -> s.prefix(l.entity()) + "#").toList();
        Choice best = null;
        for (int i = 0; i < k; i++) {
            int j = i + 1;
            while (j < k && natural.get(j - 1).compareTo(natural.get(j)) < 0) {
                j++;
            }
            int[] tier = new int[k];
            for (int x = i - 1; x >= 0; x--) {
                tier[x] = x == i - 1 ? -1 : natural.get(x).compareTo(natural.get(x + 1)) < 0 ? tier[x + 1] : tier[x + 1] - 1;
            }
            for (int x = j; x < k; x++) {
                tier[x] = x == j ? 1 : natural.get(x - 1).compareTo(natural.get(x)) < 0 ? tier[x - 1] : tier[x - 1] + 1;
            }
            List<String> prefixes = new ArrayList<>();
            int renamed = 0;
            int weight = 0;
            StringBuilder text = new StringBuilder();
            for (int x = 0; x < k; x++) {
                String own = s.prefix(p.get(x).entity());
                String marker = tier[x] < 0 ? "#".repeat(-tier[x]) : "_".repeat(tier[x]);
                prefixes.add(tier[x] == 0 ? null : marker + own);
                renamed += tier[x] == 0 ? 0 : 1;
                // '#' reads as "before the parent" in hand-made designs; prefer it to '_' on a tie.
                weight += tier[x] < 0 ? -2 * tier[x] : 2 * tier[x] + 1;
                text.append(marker).append(own).append(' ');
            }
            Choice c = new Choice(List.copyOf(p), prefixes, met, renamed, weight, text.toString());
            if (c.betterThan(best)) {
                best = c;
            }
            i = j - 1;
        }
        return best;
    }

    private static void permute(List<Layout> a, int from, java.util.function.Consumer<List<Layout>> out) {
        if (from == a.size()) {
            out.accept(a);
            return;
        }
        for (int i = from; i < a.size(); i++) {
            java.util.Collections.swap(a, from, i);
            permute(a, from + 1, out);
            java.util.Collections.swap(a, from, i);
        }
    }
}
