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
 * Which entities to generate in which order (parents first) and how many of each. Every entity
 * first gets a floor, so that every read pattern finds data: {@link #ROOT_FLOOR} instances of a
 * root, {@link #CHILDREN_PER_PARENT} per instance of its parent for a child (within the bounds of
 * its relationships); the rest of the total is split by the square root of the model's expected
 * counts. A total below the floors scales them down, parents first: a child is never planned
 * without its parents.
 */
record EntityPlan(List<String> order, Map<String, Integer> counts, Map<String, Integer> depth) {

    /** Instances of an entity without parents: a pattern reading "one of them" has a choice. */
    static final int ROOT_FLOOR = 3;

    /** Children of one parent: a pattern reading "the children of a parent" finds several. */
    static final int CHILDREN_PER_PARENT = 2;

    static EntityPlan of(Model model, List<Link> links, int total) {
        Parents parents = new Parents(model, links);
        List<String> order = order(model, parents);
        Map<String, Integer> depth = depth(order, parents);
        Map<String, Double> weight = new HashMap<>();
        for (Entity e : model.entities()) {
            double expected = e.count() != null && e.count() > 0 ? e.count() : 1000 * Math.pow(10, depth.get(e.name()));
            weight.put(e.name(), Math.sqrt(expected));
        }
        return new EntityPlan(order, counts(order, parents, weight, total), depth);
    }

    /**
     * Each entity's links to other entities (self links left out), in link order, and its
     * identifier: indexed once, as looking them up in every link per entity made large models
     * quadratic (a 2,000-entity model took minutes).
     */
    private static final class Parents {
        private final Map<String, List<Link>> byChild = new HashMap<>();
        private final Map<String, List<String>> identifiers = new HashMap<>();

        Parents(Model model, List<Link> links) {
            for (Link l : links) {
                if (!l.self()) {
                    byChild.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
                }
            }
            model.entities().forEach(e -> identifiers.putIfAbsent(e.name(), e.identifierNames()));
        }

        List<Link> of(String child) {
            return byChild.getOrDefault(child, List.of());
        }
    }

    /** The floor of each entity, parents first, within the caps the parents' floors allow. */
    private static Map<String, Integer> floors(List<String> order, Parents parents) {
        Map<String, Integer> floors = new LinkedHashMap<>();
        for (String name : order) {
            int floor = parents.of(name).stream().filter(l -> floors.containsKey(l.parent()))
                    .mapToInt(l -> floors.get(l.parent()) * CHILDREN_PER_PARENT).max().orElse(ROOT_FLOOR);
            floors.put(name, floor);
            Integer cap = cap(name, parents, floors);
            if (cap != null && cap < floor) {
                floors.put(name, cap);
            }
        }
        return floors;
    }

    /** The floors scaled to a total below their sum: parents first, one each while the total lasts. */
    private static Map<String, Integer> scaled(List<String> order, Map<String, Integer> floors, int total) {
        int sum = floors.values().stream().mapToInt(Integer::intValue).sum();
        if (sum <= total) {
            return floors;
        }
        Map<String, Integer> scaled = new LinkedHashMap<>();
        int left = total;
        for (String name : order) {
            int one = Math.min(Math.min(1, floors.get(name)), left);
            scaled.put(name, one);
            left -= one;
        }
        for (String name : order) {
            int more = Math.min(left, (int) ((long) floors.get(name) * total / sum) - scaled.get(name));
            if (more > 0) {
                scaled.merge(name, more, Integer::sum);
                left -= more;
            }
        }
        return scaled;
    }

    private static List<String> order(Model model, Parents parents) {
        List<String> names = model.entities().stream().map(Entity::name).toList();
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (order.size() < names.size() && progress) {
            progress = false;
            for (String name : names) {
                boolean ready = !done.contains(name) && parents.of(name).stream().allMatch(l -> done.contains(l.parent()));
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

    private static Map<String, Integer> depth(List<String> order, Parents parents) {
        Map<String, Integer> depth = new HashMap<>();
        for (String name : order) {
            int d = parents.of(name).stream().filter(l -> depth.containsKey(l.parent()))
                    .mapToInt(l -> depth.get(l.parent()) + 1).max().orElse(0);
            depth.put(name, d);
        }
        return depth;
    }

    private static Map<String, Integer> counts(List<String> order, Parents parents, Map<String, Double> weight, int total) {
        Map<String, Integer> floors = scaled(order, floors(order, parents), total);
        Map<String, Integer> bounded = new HashMap<>();
        Map<String, Integer> counts = split(order, weight, floors, total, bounded);
        for (int round = 0; round < 20; round++) {
            Map<String, Integer> caps = caps(order, parents, counts);
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
            counts = split(order, weight, floors, total, bounded);
        }
        return counts;
    }

    /** The most instances each bounded entity can have given its parents' counts. */
    private static Map<String, Integer> caps(List<String> order, Parents parents, Map<String, Integer> counts) {
        Map<String, Integer> caps = new HashMap<>();
        for (String name : order) {
            Integer cap = cap(name, parents, counts);
            if (cap != null) {
                caps.put(name, cap);
            }
        }
        return caps;
    }

    /** The most instances of one entity its parents' counts allow, or null when nothing bounds it. */
    private static Integer cap(String name, Parents links, Map<String, Integer> counts) {
        long cap = Long.MAX_VALUE;
        List<Link> parents = links.of(name);
        for (Link l : parents) {
            if (l.maxChildren() > 0) {
                cap = Math.min(cap, (long) l.maxChildren() * counts.getOrDefault(l.parent(), 0));
            }
        }
        Set<String> foreignKeys = new HashSet<>();
        parents.forEach(l -> foreignKeys.addAll(l.childAttributes()));
        List<String> identifier = links.identifiers.get(name);
        if (parents.size() >= 2 && foreignKeys.containsAll(identifier)) {
            // A link entity (follow, like, stock): at most half of the distinct parent pairs.
            long a = counts.getOrDefault(parents.get(0).parent(), 0);
            long b = counts.getOrDefault(parents.get(1).parent(), 0);
            // two links to one entity (a follower and a followee) never pair an instance with itself
            long pairs = parents.get(0).parent().equals(parents.get(1).parent()) ? a * (a - 1) : a * b;
            cap = Math.min(cap, pairs / 2);
        }
        return cap < Long.MAX_VALUE ? (int) Math.min(Integer.MAX_VALUE, cap) : null;
    }

    /**
     * Splits the total: each entity its floor (the capped ones held at their cap), the rest by
     * weight, largest remainders first.
     */
    private static Map<String, Integer> split(List<String> order, Map<String, Double> weight, Map<String, Integer> floors,
            int total, Map<String, Integer> caps) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int left = total;
        List<String> free = new ArrayList<>();
        for (String name : order) {
            int c = caps.containsKey(name) ? Math.min(caps.get(name), floors.get(name)) : floors.get(name);
            counts.put(name, c);
            left -= c;
            if (!caps.containsKey(name) || caps.get(name) > c) {
                free.add(name);
            }
        }
        if (free.isEmpty() || left <= 0) {
            return counts;
        }
        // the capped ones grow up to their cap, by weight like the others
        double sum = free.stream().mapToDouble(weight::get).sum();
        Map<String, Double> remainder = new HashMap<>();
        int given = 0;
        for (String name : free) {
            double share = left * weight.get(name) / sum;
            int room = caps.containsKey(name) ? caps.get(name) - counts.get(name) : Integer.MAX_VALUE;
            int c = (int) Math.min(room, Math.floor(share));
            counts.merge(name, c, Integer::sum);
            remainder.put(name, c < room ? share - c : -1);
            given += c;
        }
        List<String> byRemainder = new ArrayList<>(free.stream().filter(n -> remainder.get(n) >= 0).toList());
        byRemainder.sort((a, b) -> Double.compare(remainder.get(b), remainder.get(a)));
        for (int i = 0; given < left && !byRemainder.isEmpty(); given++) {
            i %= byRemainder.size();
            String name = byRemainder.get(i);
            counts.merge(name, 1, Integer::sum);
            if (caps.containsKey(name) && counts.get(name) >= caps.get(name)) {
                byRemainder.remove(i);
            } else {
                i++;
            }
        }
        // Everything is at its cap: the rest goes to the first entity, a root.
        if (given < left) {
            counts.merge(order.get(0), left - given, Integer::sum);
        }
        return counts;
    }
}
