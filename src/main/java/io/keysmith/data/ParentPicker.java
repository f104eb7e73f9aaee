package io.keysmith.data;

import io.keysmith.data.InstanceGenerator.Generated;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks the parent instance a child refers to: a few "busy" parents get a large share of the
 * children, a parent's {@code maxChildren} is respected, a parent consistent with the child's
 * other foreign keys is preferred, and a link entity never pairs an instance with itself.
 */
final class ParentPicker {

    private static final double BUSY_SHARE = 0.3;

    private ParentPicker() {
    }

    /** The index of the parent, or -1 when every parent is full. */
    static int pick(Link link, Generated parents, Set<String> parentAttributes, Map<Integer, Integer> childCounts,
            Map<String, Object> child, Map<Link, Integer> chosen, Random rnd, Set<String> foreignKeys) {
        int n = parents.instances.size();
        if (n == 0) {
            return -1;
        }
        List<Integer> candidates = consistent(link, parents, parentAttributes, child, foreignKeys);
        for (int attempt = 0; attempt < 20; attempt++) {
            int p = candidates != null ? candidates.get(skewed(candidates.size(), rnd)) : skewed(n, rnd);
            if (!full(link, childCounts, p) && !pairsWithItself(link, p, chosen)) {
                return p;
            }
        }
        for (int k = 0; k < n; k++) {
            int p = (int) ((rnd.nextInt(n) + (long) k) % n);
            if (!full(link, childCounts, p) && !pairsWithItself(link, p, chosen)) {
                return p;
            }
        }
        return -1;
    }

    /** A skewed index: the first tenth of the parents are busy and get a large share. */
    private static int skewed(int n, Random rnd) {
        return rnd.nextDouble() < BUSY_SHARE ? rnd.nextInt(Math.max(1, n / 10)) : rnd.nextInt(n);
    }

    /** The parents whose foreign keys agree with those the child already has, or null for no constraint. */
    private static List<Integer> consistent(Link link, Generated parents, Set<String> parentAttributes,
            Map<String, Object> child, Set<String> foreignKeys) {
        if (parents.instances.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Object> e : child.entrySet()) {
            String name = e.getKey();
            boolean shared = foreignKeys.contains(name) && !link.childAttributes().contains(name)
                    && parentAttributes.contains(name) && !link.self();
            if (shared) {
                List<Integer> matching = parents.withValue(name, e.getValue());
                return matching.isEmpty() ? null : matching;
            }
        }
        return null;
    }

    private static boolean full(Link link, Map<Integer, Integer> childCounts, int p) {
        return link.maxChildren() > 0 && !link.self() && childCounts.getOrDefault(p, 0) >= link.maxChildren();
    }

    private static boolean pairsWithItself(Link link, int p, Map<Link, Integer> chosen) {
        return chosen.entrySet().stream()
                .anyMatch(e -> e.getKey().parent().equals(link.parent()) && e.getValue() == p);
    }
}
