package io.keysmith.data;

import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entities to generate in which order (parents first) and how many of each: a total split
 * by the square root of the model's expected counts, so that small root entities still get a
 * few instances, capped where relationships bound a child's count.
 */
record EntityPlan(List<String> order, Map<String, Integer> counts, Map<String, Integer> depth) {

    static EntityPlan of(Model model, List<Link> links, int total) {
        List<String> order = order(model, links);
        Map<String, Integer> depth = depth(order, links);
        Map<String, Double> weight = new HashMap<>();
        for (Entity e : model.entities()) {
            double expected = e.count() != null && e.count() > 0 ? e.count() : 1000 * Math.pow(10, depth.get(e.name()));
            weight.put(e.name(), Math.sqrt(expected));
        }
        return new EntityPlan(order, counts(model, order, links, weight, total), depth);
    }

    private static List<String> order(Model model, List<Link> links) {
        List<String> names = model.entities().stream().map(Entity::name).toList();
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (order.size() < names.size() && progress) {
            progress = false;
            for (String name : names) {
                boolean ready = !done.contains(name) && links.stream()
                        .filter(l -> l.child().equals(name) && !l.self()).allMatch(l -> done.contains(l.parent()));
                if (ready) {
                    order.add(name);
                    done.add(name);
                    progress = true;
                }
            }
        }
        // A cycle between entities: the rest in model order; their back references stay empty.
        names.stream().filter(n -> !done.contains(n)).forEach(order::add);
        return order;
    }

    private static Map<String, Integer> depth(List<String> order, List<Link> links) {
        Map<String, Integer> depth = new HashMap<>();
        for (String name : order) {
            int d = links.stream().filter(l -> l.child().equals(name) && !l.self() && depth.containsKey(l.parent()))
                    .mapToInt(l -> depth.get(l.parent()) + 1).max().orElse(0);
            depth.put(name, d);
        }
        return depth;
    }

    private static Map<String, Integer> counts(Model model, List<String> order, List<Link> links, Map<String, Double> weight, int total) {
        Map<String, Integer> bounded = new HashMap<>();
        Map<String, Integer> counts = split(order, weight, total, bounded);
        for (int round = 0; round < 20; round++) {
            Map<String, Integer> caps = caps(model, order, links, counts);
            boolean over = false;
            for (Map.Entry<String, Integer> cap : caps.entrySet()) {
                if (counts.get(cap.getKey()) > cap.getValue() || bounded.containsKey(cap.getKey())) {
                    over |= counts.get(cap.getKey()) > cap.getValue();
                    bounded.put(cap.getKey(), cap.getValue());
                }
            }
            if (!over) {
                break;
            }
            counts = split(order, weight, total, bounded);
        }
        return counts;
    }

    /** The most instances each bounded entity can have given its parents' counts. */
    private static Map<String, Integer> caps(Model model, List<String> order, List<Link> links, Map<String, Integer> counts) {
        Map<String, Integer> caps = new HashMap<>();
        for (String name : order) {
            long cap = Long.MAX_VALUE;
            List<Link> parents = links.stream().filter(l -> l.child().equals(name) && !l.self()).toList();
            for (Link l : parents) {
                if (l.maxChildren() > 0) {
                    cap = Math.min(cap, (long) l.maxChildren() * counts.get(l.parent()));
                }
            }
            Set<String> foreignKeys = new HashSet<>();
            parents.forEach(l -> foreignKeys.addAll(l.childAttributes()));
            List<String> identifier = model.entity(name).orElseThrow().identifierNames();
            if (parents.size() >= 2 && foreignKeys.containsAll(identifier)) {
                // A link entity (follow, like, stock): at most half of the distinct parent pairs.
                long pairs = 1;
                for (Link l : parents.subList(0, 2)) {
                    pairs *= Math.max(1, counts.get(l.parent()));
                }
                cap = Math.min(cap, Math.max(1, pairs / 2));
            }
            if (cap < Long.MAX_VALUE) {
                caps.put(name, (int) Math.min(Integer.MAX_VALUE, cap));
            }
        }
        return caps;
    }

    /** Splits the total by weight with at least one each, the capped ones held at their cap, largest remainders first. */
    private static Map<String, Integer> split(List<String> order, Map<String, Double> weight, int total, Map<String, Integer> caps) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int left = total;
        List<String> free = new ArrayList<>();
        for (String name : order) {
            if (caps.containsKey(name)) {
                int c = Math.max(Math.min(1, total), Math.min(caps.get(name), left));
                counts.put(name, c);
                left -= c;
            } else {
                free.add(name);
            }
        }
        if (free.isEmpty()) {
            // Everything is bounded: the rest goes to the first entity, a root.
            counts.merge(order.get(0), Math.max(0, left), Integer::sum);
            return counts;
        }
        double sum = free.stream().mapToDouble(weight::get).sum();
        Map<String, Double> remainder = new HashMap<>();
        int given = 0;
        for (String name : free) {
            double share = left * weight.get(name) / sum;
            int c = (int) Math.floor(share);
            counts.put(name, c);
            remainder.put(name, share - c);
            given += c;
        }
        List<String> byRemainder = new ArrayList<>(free);
        byRemainder.sort((a, b) -> Double.compare(remainder.get(b), remainder.get(a)));
        for (int i = 0; given < left; i = (i + 1) % byRemainder.size()) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
            given++;
        }
        // At least one of each, taken from the largest, so that every entity appears.
        for (String name : free) {
            if (counts.get(name) == 0 && left >= free.size()) {
                String largest = free.stream().max((a, b) -> counts.get(a) - counts.get(b)).orElseThrow();
                counts.merge(largest, -1, Integer::sum);
                counts.put(name, 1);
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        order.forEach(n -> ordered.put(n, counts.get(n)));
        return ordered;
    }
}
