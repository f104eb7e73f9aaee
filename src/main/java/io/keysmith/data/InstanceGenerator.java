package io.keysmith.data;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates sample instances of a model's entities, deterministically for a seed: values from
 * types, enumerations and format hints, unique attributes unique, every foreign key naming an
 * existing parent (with a few busy parents), datetimes in the two years before
 * {@link #ANCHOR} and ordered after their parents', ttl attributes years in the future.
 */
public final class InstanceGenerator {

    /** The fixed "now" of generated data, so that a seed always gives the same values. */
    public static final Instant ANCHOR = Instant.parse("2026-01-01T00:00:00Z");
    private static final long WINDOW = Duration.ofDays(730).toMillis();
    private static final long TTL_FROM = ANCHOR.plus(Duration.ofDays(3 * 365)).getEpochSecond();
    private static final int ATTEMPTS = 60;

    private final Model model;
    private final List<Link> links;
    // by name, found once: a large model's entities are looked up for every instance and link
    private final Map<String, Entity> entities = new java.util.HashMap<>();
    private final Map<String, List<Link>> linksByChild = new java.util.HashMap<>();

    public InstanceGenerator(Model model) {
        this.model = model;
        this.links = Link.of(model);
        model.entities().forEach(e -> entities.putIfAbsent(e.name(), e));
        links.forEach(l -> linksByChild.computeIfAbsent(l.child(), c -> new ArrayList<>()).add(l));
    }

    /** {@code total} instances split over the entities (every entity gets at least one when total allows). */
    public SampleData generate(int total, long seed) {
        EntityPlan plan = EntityPlan.of(model, links, total);
        Map<String, Generated> done = new LinkedHashMap<>();
        for (String name : plan.order()) {
            Entity entity = entities.get(name);
            Random rnd = new Random(seed * 31 + name.hashCode());
            List<Link> own = linksByChild.getOrDefault(name, List.of()).stream()
                    .sorted(Comparator.comparingInt((Link l) -> l.self() ? -1 : plan.depth().get(l.parent())).reversed())
                    .toList();
            done.put(name, new EntityRun(entity, own, done, rnd).run(plan.counts().get(name)));
        }
        Map<String, List<Instance>> byEntity = new LinkedHashMap<>();
        done.forEach((name, g) -> byEntity.put(name, g.instances));
        return new SampleData(byEntity);
    }

    /** The instances of one entity so far, with their times, children per parent, and value indexes. */
    static final class Generated {
        final List<Instance> instances = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        final Map<Link, Map<Integer, Integer>> children = new HashMap<>();
        private final Map<String, Map<Object, List<Integer>>> index = new HashMap<>();

        List<Integer> withValue(String attribute, Object value) {
            return index.computeIfAbsent(attribute, a -> {
                Map<Object, List<Integer>> byValue = new HashMap<>();
                for (int i = 0; i < instances.size(); i++) {
                    Object v = instances.get(i).get(a);
                    if (v != null) {
                        byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
                    }
                }
                return byValue;
            }).getOrDefault(value, List.of());
        }
    }

    /** Generates the instances of one entity. */
    private final class EntityRun {
        private final Entity entity;
        private final List<Link> own;
        private final Map<String, Generated> done;
        private final Random rnd;
        private final Generated out = new Generated();
        private final Map<String, Set<Object>> used = new HashMap<>();
        private final Set<List<Object>> identifiers = new HashSet<>();
        private final Set<String> foreignKeys = new HashSet<>();

        EntityRun(Entity entity, List<Link> own, Map<String, Generated> done, Random rnd) {
            this.entity = entity;
            this.own = own;
            this.done = done;
            this.rnd = rnd;
            own.forEach(l -> foreignKeys.addAll(l.childAttributes()));
        }

        /** Up to {@code count} instances: one whose required parent cannot be found is left out. */
        Generated run(int count) {
            for (int i = 0; i < count; i++) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    if (tryOne(i, attempt == ATTEMPTS - 1)) {
                        break;
                    }
                }
            }
            return out;
        }

        private boolean tryOne(int i, boolean last) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<Link, Integer> chosen = new LinkedHashMap<>();
            long parentTime = ANCHOR.toEpochMilli() - WINDOW;
            for (Link link : own) {
                if (link.childAttributes().stream().allMatch(values::containsKey)) {
                    continue; // copied from a parent chosen before
                }
                boolean optional = link.childAttributes().stream()
                        .allMatch(a -> entity.attribute(a).map(Attribute::isOptional).orElse(false));
                if ((optional && rnd.nextDouble() < 0.15) || (link.self() && (i == 0 || rnd.nextDouble() < 0.25))) {
                    continue;
                }
                Generated parents = link.self() ? out : done.get(link.parent());
                if (parents == null) {
                    continue;
                }
                Set<String> parentAttributes = entities.get(link.parent()).attributes().stream()
                        .map(Attribute::name).collect(java.util.stream.Collectors.toSet());
                int p = ParentPicker.pick(link, parents, parentAttributes, out.children.getOrDefault(link, Map.of()),
                        values, chosen, rnd, foreignKeys);
                if (p < 0 && !optional && !link.self()) {
                    return false; // no parent for a required foreign key: no instance rather than a dangling one
                }
                if (p < 0) {
                    continue;
                }
                chosen.put(link, p);
                Instance parent = parents.instances.get(p);
                for (int k = 0; k < link.childAttributes().size(); k++) {
                    values.put(link.childAttributes().get(k), parent.get(link.parentIdentifiers().get(k)));
                }
                copyShared(link, parent, values);
                parentTime = Math.max(parentTime, parents.times.get(p));
            }
            long time = parentTime + (long) (rnd.nextDouble() * (ANCHOR.toEpochMilli() - parentTime));
            fill(values, time);
            List<Object> id = entity.identifierNames().stream().map(values::get).toList();
            if (identifiers.contains(id)) {
                if (!last || !makeDistinct(values)) {
                    return false;
                }
                id = entity.identifierNames().stream().map(values::get).toList();
            }
            identifiers.add(id);
            for (Attribute a : entity.attributes()) {
                if (a.mustBeUnique() && values.containsKey(a.name())) {
                    used.computeIfAbsent(a.name(), k -> new HashSet<>()).add(values.get(a.name()));
                }
            }
            chosen.forEach((link, p) -> out.children.computeIfAbsent(link, l -> new HashMap<>()).merge(p, 1, Integer::sum));
            out.instances.add(new Instance(entity.name(), ordered(values)));
            out.times.add(time);
            return true;
        }

        /** Sets the child's other foreign keys that the chosen parent also carries (a document's tenant from its project). */
        private void copyShared(Link link, Instance parent, Map<String, Object> values) {
            for (Link other : own) {
                if (other == link || other.childAttributes().stream().anyMatch(values::containsKey)) {
                    continue;
                }
                boolean all = other.childAttributes().stream().allMatch(a -> parent.get(a) != null);
                if (all && !other.self()) {
                    other.childAttributes().forEach(a -> values.put(a, parent.get(a)));
                }
            }
        }

        private void fill(Map<String, Object> values, long time) {
            long previous = -1;
            for (Attribute a : entity.attributes()) {
                if (values.containsKey(a.name()) || foreignKeys.contains(a.name())) {
                    continue;
                }
                if (a.isOptional() && !a.partOfIdentifier() && rnd.nextDouble() < 0.15) {
                    continue;
                }
                if (a.name().equals(entity.ttl())) {
                    values.put(a.name(), TTL_FROM + (long) rnd.nextInt(365 * 86_400));
                    continue;
                }
                long millis = time;
                if (a.type() == AttributeType.DATETIME) {
                    millis = previous < 0 ? time
                            : previous + (long) (rnd.nextDouble() * Math.min(Duration.ofDays(30).toMillis(),
                                    ANCHOR.toEpochMilli() - previous));
                    previous = millis;
                }
                Object value = ValueFaker.value(a, rnd, millis);
                if (a.mustBeUnique() || isSoleIdentifier(a)) {
                    Set<Object> taken = used.computeIfAbsent(a.name(), k -> new HashSet<>());
                    Object base = value;
                    for (int n = 2; taken.contains(value); n++) {
                        value = ValueFaker.distinct(base, n);
                    }
                    if (isSoleIdentifier(a)) {
                        taken.add(value);
                    }
                }
                values.put(a.name(), value);
            }
        }

        private boolean isSoleIdentifier(Attribute a) {
            return a.partOfIdentifier() && entity.identifiers().size() == 1;
        }

        /** Last resort for a repeated identifier: vary an identifier attribute that is not a foreign key. */
        private boolean makeDistinct(Map<String, Object> values) {
            for (String name : entity.identifierNames()) {
                if (!foreignKeys.contains(name) && values.get(name) != null) {
                    Object base = values.get(name);
                    for (int n = 2; n < 10_000; n++) {
                        values.put(name, ValueFaker.distinct(base, n));
                        if (!identifiers.contains(entity.identifierNames().stream().map(values::get).toList())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private Map<String, Object> ordered(Map<String, Object> values) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (Attribute a : entity.attributes()) {
                if (values.get(a.name()) != null) {
                    ordered.put(a.name(), values.get(a.name()));
                }
            }
            return ordered;
        }
    }
}
