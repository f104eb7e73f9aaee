package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.Instance;
import io.keysmith.data.Link;
import io.keysmith.data.SampleData;
import io.keysmith.data.Values;
import io.keysmith.design.ItemRow;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The write sequence's oracle: the instances that are live after each step, from the model
 * alone (the design plays no part), by entity and identifier. The answers of read patterns are
 * computed from {@link #data()}.
 */
final class LiveInstances {

    private final Model model;
    private final List<Link> links;
    private final EmbeddedEntries embedded;
    private final Map<String, Map<List<String>, Instance>> byEntity = new LinkedHashMap<>();
    // implied many-to-many edge entities: a delete of a side deletes its edges with it
    private final java.util.Set<String> edges = new java.util.HashSet<>();

    LiveInstances(Model model, EmbeddedEntries embedded, SampleData initial) {
        this.model = model;
        this.links = Link.of(model);
        this.embedded = embedded;
        model.entities().forEach(e -> byEntity.put(e.name(), new LinkedHashMap<>()));
        edges.addAll(EdgeEntities.edges(model));
        initial.all().forEach(this::add);
    }

    /** An instance's identity: its identifier values as text (numbers by value). */
    List<String> identity(Instance i) {
        Entity e = model.entity(i.entity()).orElseThrow();
        return e.identifierNames().stream().map(a -> i.get(a) == null ? "\u0000" : Values.text(i.get(a))).toList();
    }

    boolean isLive(Instance i) {
        return byEntity.get(i.entity()).containsKey(identity(i));
    }

    Instance get(Instance like) {
        return byEntity.get(like.entity()).get(identity(like));
    }

    void add(Instance i) {
        byEntity.computeIfAbsent(i.entity(), k -> new LinkedHashMap<>()).put(identity(i), i);
    }

    void replace(Instance after) {
        add(after);
    }

    /** Removes the instance, the children stored inside its item and its implied many-to-many edges, which go with it. */
    void remove(Instance i) {
        byEntity.get(i.entity()).remove(identity(i));
        for (Link l : links) {
            if (l.parent().equals(i.entity()) && edges.contains(l.child())) {
                List<Object> ids = l.parentIdentifiers().stream().map(i::get).toList();
                byEntity.get(l.child()).values().removeIf(c -> sameValues(l.childAttributes().stream().map(c::get).toList(), ids));
            }
        }
        for (ItemRow r : embedded.rowsIn(i.entity())) {
            List<Object> host = r.hostKey().values().stream().map(i::get).toList();
            byEntity.get(r.entity()).values().removeIf(c -> sameValues(EmbeddedEntries.hostValues(r, c), host));
        }
    }

    List<Instance> of(String entity) {
        return List.copyOf(byEntity.getOrDefault(entity, Map.of()).values());
    }

    /** Whether every parent the instance names is live (a create may then be made). */
    boolean parentsLive(Instance i) {
        return links.stream().filter(l -> l.child().equals(i.entity())).allMatch(l -> parentsLive(i, l));
    }

    /**
     * The instance moved under live parents: each foreign key naming a parent that is not live takes
     * a random live parent's identifiers (and the other foreign keys that parent carries, such as
     * its tenant); null when an entity has no live parent to take.
     */
    Instance underLiveParents(Instance i, Random rnd) {
        Map<String, Object> values = new LinkedHashMap<>(i.attributes());
        for (Link l : links) {
            if (!l.child().equals(i.entity()) || l.childAttributes().stream().allMatch(a -> values.get(a) == null)
                    || parentsLive(new Instance(i.entity(), values), l)) {
                continue;
            }
            List<Instance> parents = of(l.parent());
            if (parents.isEmpty()) {
                return null;
            }
            Instance parent = parents.get(rnd.nextInt(parents.size()));
            for (int k = 0; k < l.childAttributes().size(); k++) {
                values.put(l.childAttributes().get(k), parent.get(l.parentIdentifiers().get(k)));
            }
            for (Link other : links) {
                if (other != l && other.child().equals(i.entity()) && !other.self()
                        && other.childAttributes().stream().allMatch(a -> parent.get(a) != null)) {
                    other.childAttributes().forEach(a -> values.put(a, parent.get(a)));
                }
            }
        }
        Instance moved = new Instance(i.entity(), values);
        return parentsLive(moved) ? moved : null;
    }

    private boolean parentsLive(Instance i, Link l) {
        List<Object> fk = l.childAttributes().stream().map(i::get).toList();
        return fk.stream().allMatch(Objects::isNull) || of(l.parent()).stream()
                .anyMatch(p -> sameValues(l.parentIdentifiers().stream().map(p::get).toList(), fk));
    }

    /**
     * Whether a live instance names this one as its parent (an application deletes children first);
     * implied edges do not count, the delete's program removes them.
     */
    boolean hasChildren(Instance i) {
        for (Link l : links) {
            if (!l.parent().equals(i.entity()) || edges.contains(l.child()) || embedded.rowsIn(i.entity()).stream().anyMatch(r -> r.entity().equals(l.child()))) {
                continue;
            }
            List<Object> ids = l.parentIdentifiers().stream().map(i::get).toList();
            if (of(l.child()).stream().anyMatch(c -> c != i && sameValues(l.childAttributes().stream().map(c::get).toList(), ids))) {
                return true;
            }
        }
        return false;
    }

    /** The live instance other than {@code except} holding the value of a unique attribute, or null. */
    Instance holder(String entity, String attribute, Object value, Instance except) {
        for (Instance i : of(entity)) {
            if (Values.same(i.get(attribute), value) && (except == null || !identity(i).equals(identity(except)))) {
                return i;
            }
        }
        return null;
    }

    SampleData data() {
        Map<String, List<Instance>> out = new LinkedHashMap<>();
        byEntity.forEach((e, m) -> out.put(e, new ArrayList<>(m.values())));
        return new SampleData(out);
    }

    int size() {
        return byEntity.values().stream().mapToInt(Map::size).sum();
    }

    private static boolean sameValues(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k) == null || !Values.same(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }
}
