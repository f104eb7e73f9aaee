package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.Link;
import io.keysmith.data.SampleData;
import io.keysmith.data.Values;
import io.keysmith.design.Design;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For the tests of generated code: the model's answer to a read over a set of instances that
 * the test changes as it writes (creates, updates, deletes), and parameter draws, with the same
 * rules as {@code apply --verify} ({@link Semantics}, {@link Parameters}).
 */
public final class CodeOracle {

    /** An item generated code returned: its entity and attributes. */
    public record Answer(String entity, Map<String, Object> attributes) {
    }

    private final Model model;
    private final Map<String, List<Instance>> byEntity = new LinkedHashMap<>();

    public CodeOracle(Model model, SampleData data) {
        this.model = model;
        model.entities().forEach(e -> byEntity.put(e.name(), new ArrayList<>(data.of(e.name()))));
    }

    /** Seeds the design's tables on a local endpoint as {@code apply} does, and returns the instances written. */
    public static SampleData seed(URI endpoint, Model model, Design design, int items) {
        try (ApplyService service = ApplyService.open(new Target.Endpoint(endpoint, "us-east-1"))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(items));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            return plan.data();
        }
    }

    public SampleData data() {
        Map<String, List<Instance>> copy = new LinkedHashMap<>();
        byEntity.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new SampleData(copy);
    }

    public List<Instance> of(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    public void add(Instance i) {
        byEntity.computeIfAbsent(i.entity(), k -> new ArrayList<>()).add(i);
    }

    public void remove(Instance i) {
        byEntity.get(i.entity()).removeIf(x -> sameIdentity(x, i));
    }

    public void replace(Instance old, Instance now) {
        List<Instance> list = byEntity.get(old.entity());
        for (int k = 0; k < list.size(); k++) {
            if (sameIdentity(list.get(k), old)) {
                list.set(k, now);
            }
        }
    }

    /** Parameter sets for a read drawn from the current instances. */
    public List<Map<String, Object>> draw(AccessPattern p, int sets, long seed) {
        return Parameters.draw(p, data(), sets, seed);
    }

    /** Parameters for a read that the given instance answers (its own values), or none when it cannot. */
    public List<Map<String, Object>> around(AccessPattern p, Instance i) {
        if (!p.entity().equals(i.entity())) {
            return List.of();
        }
        return Parameters.draw(p, new SampleData(Map.of(i.entity(), List.of(i))), 1, 1);
    }

    /** Why the answer differs from the model's, or null when it is the same. */
    public String differences(AccessPattern p, String operation, Map<String, Object> params, List<Answer> answers) {
        Semantics semantics = new Semantics(model, data());
        List<Instance> main = new ArrayList<>();
        Map<String, List<Instance>> others = new LinkedHashMap<>();
        for (Answer a : answers) {
            Instance known = find(a);
            if (known == null) {
                return "returned " + a.entity() + " " + a.attributes() + ", which the model's data does not hold";
            }
            String wrong = wrongValues(known, a);
            if (wrong != null) {
                return "returned " + a.entity() + " " + identity(known) + " with " + wrong;
            }
            if (a.entity().equals(p.entity())) {
                main.add(known);
            } else if (p.includeOrEmpty().contains(a.entity())) {
                others.computeIfAbsent(a.entity(), k -> new ArrayList<>()).add(known);
            } else {
                return "returned a " + a.entity() + ", which the pattern does not ask for";
            }
        }
        if (new LinkedHashSet<>(main).size() != main.size()) {
            return "returned the same " + p.entity() + " more than once";
        }
        List<Instance> matching = semantics.matching(p, params);
        int want = p.limit() != null ? Math.min(p.limit(), matching.size()) : matching.size();
        if (("GetItem".equals(operation) || "one".equals(p.returns())) && matching.size() > 1 && p.orderBy() == null) {
            want = 1;
        }
        Set<Instance> matchingSet = new LinkedHashSet<>(matching);
        List<String> wrong = main.stream().filter(i -> !matchingSet.contains(i)).map(this::identity).toList();
        if (!wrong.isEmpty()) {
            return "returned " + p.entity() + " " + wrong + " that do not match the pattern's conditions";
        }
        if (main.size() != want) {
            return "returned " + main.size() + " " + p.entity() + " items, the model's answer has " + want + " (expected "
                    + matching.stream().limit(want).map(this::identity).toList() + ", got "
                    + main.stream().map(this::identity).toList() + ")";
        }
        if (p.orderBy() != null && !Semantics.sameOrderValues(main, matching.subList(0, want), p.orderBy().attribute())) {
            return "items are not in " + p.orderBy().attribute() + " order";
        }
        for (String x : p.includeOrEmpty()) {
            List<Instance> actual = others.getOrDefault(x, List.of());
            List<Instance> from = main.isEmpty() && !actual.isEmpty()
                    // no target (e.g. a deleted parent): its children under the request's own values may still come
                    ? List.of(new Instance(p.entity(), params)) : main;
            List<Set<Instance>> accepted = included(p.entity(), x, from);
            boolean same = accepted.isEmpty() || accepted.stream()
                    .anyMatch(e -> new LinkedHashSet<>(actual).equals(e) && actual.size() == e.size());
            if (!same) {
                return "returned " + actual.size() + " included " + x + " items, the model's answer has "
                        + accepted.get(0).size() + " (expected " + accepted.get(0).stream().map(this::identity).toList()
                        + ", got " + actual.stream().map(this::identity).toList() + ")";
            }
        }
        return null;
    }

    /**
     * The instances of an included entity that go with the main ones, through each relationship
     * that links the two entities (a design may serve any one of them), and through all of them.
     */
    private List<Set<Instance>> included(String main, String include, List<Instance> mains) {
        List<Set<Instance>> out = new ArrayList<>();
        Set<Instance> all = new LinkedHashSet<>();
        for (Link l : Link.of(model)) {
            Set<Instance> one = null;
            if (l.parent().equals(main) && l.child().equals(include)) {
                one = related(include, mains, l.parentIdentifiers(), l.childAttributes());
                out.add(one);
            }
            if (l.parent().equals(include) && l.child().equals(main)) {
                one = related(include, mains, l.childAttributes(), l.parentIdentifiers());
                out.add(one);
            }
            if (one != null) {
                all.addAll(one);
            }
        }
        if (out.size() > 1) {
            out.add(all);
        }
        return out;
    }

    private Set<Instance> related(String other, List<Instance> mains, List<String> mainSide, List<String> otherSide) {
        Set<List<String>> wanted = new LinkedHashSet<>();
        mains.forEach(m -> wanted.add(mainSide.stream().map(a -> Values.text(m.get(a))).toList()));
        Set<Instance> out = new LinkedHashSet<>();
        for (Instance candidate : of(other)) {
            if (wanted.contains(otherSide.stream().map(a -> Values.text(candidate.get(a))).toList()) && !mains.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private Instance find(Answer a) {
        Entity e = model.entity(a.entity()).orElse(null);
        if (e == null) {
            return null;
        }
        for (Instance i : of(a.entity())) {
            if (e.identifierNames().stream().allMatch(n -> Values.same(i.get(n), a.attributes().get(n)))) {
                return i;
            }
        }
        return null;
    }

    private String wrongValues(Instance known, Answer a) {
        Set<String> names = new LinkedHashSet<>(known.attributes().keySet());
        names.addAll(a.attributes().keySet());
        for (String n : names) {
            if (!deepSame(known.get(n), a.attributes().get(n))) {
                return n + " = " + a.attributes().get(n) + " (" + type(a.attributes().get(n)) + "), the model's data has "
                        + known.get(n) + " (" + type(known.get(n)) + ")";
            }
        }
        return null;
    }

    private static String type(Object v) {
        return v == null ? "absent" : v.getClass().getSimpleName();
    }

    /** Equal as DynamoDB keeps them: numbers by value, sets in any order, lists and maps entry by entry. */
    public static boolean deepSame(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Values.decimal(x).compareTo(Values.decimal(y)) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof Set<?> x && b instanceof Collection<?> y || a instanceof Collection<?> && b instanceof Set<?>) {
            Collection<?> x = (Collection<?>) a;
            Collection<?> y = (Collection<?>) b;
            return x.size() == y.size() && x.stream().allMatch(v -> y.stream().anyMatch(w -> deepSame(v, w)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int k = 0; k < x.size(); k++) {
                if (!deepSame(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.keySet().stream().allMatch(k -> deepSame(x.get(k), y.get(String.valueOf(k))));
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    private boolean sameIdentity(Instance a, Instance b) {
        return identity(a).equals(identity(b));
    }

    /** The entity and identifier values, for messages and matching. */
    public String identity(Instance i) {
        List<String> ids = model.entity(i.entity()).map(Entity::identifierNames).orElse(List.of());
        return i.entity() + ids.stream().map(n -> Values.text(i.get(n))).toList();
    }

    public Model model() {
        return model;
    }
}
