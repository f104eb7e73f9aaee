package io.keysmith.export.code;

import io.keysmith.data.Instance;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.SampleData;
import io.keysmith.data.Values;
import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.code.CodeCaller.Refused;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.CodeOracle.Answer;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drives generated code through a sequence on seeded tables, as an application would: creates
 * of new instances, a duplicate create, updates (with values that move items between index
 * and sparse states), updates and deletes of missing items, deletes; after each write every
 * read pattern that concerns the entity is called around what changed and compared with the
 * model's answer over the instances as they now are ({@link CodeOracle}).
 */
final class CodeExercise {

    private final Model model;
    private final Design design;
    private final CodeCaller code;
    private final CodeOracle oracle;
    private final List<String> failures = new ArrayList<>();
    private final List<Instance> created = new ArrayList<>();
    private int reads;
    private int answered;
    private int writes;
    private int refusals;

    CodeExercise(Model model, Design design, CodeCaller code, SampleData seeded) {
        this.model = model;
        this.design = design;
        this.code = code;
        this.oracle = new CodeOracle(model, seeded);
    }

    /** The failures, empty when the code did what the model says at every step. */
    List<String> run() {
        readAll(1, 2);
        SampleData fresh = new InstanceGenerator(model).generate(Math.max(40, model.entities().size() * 6), 77);
        for (AccessPattern p : patterns("create")) {
            int made = 0;
            for (Instance candidate : fresh.of(p.entity())) {
                if (made == 2) {
                    break;
                }
                Instance i = unique(candidate, "n" + made + p.id());
                if (oracle.of(i.entity()).stream().anyMatch(x -> oracle.identity(x).equals(oracle.identity(i)))) {
                    continue;
                }
                if (write(p, i.attributes(), false, "create " + oracle.identity(i))) {
                    oracle.add(i);
                    created.add(i);
                    readAround(i, null);
                }
                if (made == 0) {
                    write(p, i.attributes(), true, "create again " + oracle.identity(i));
                }
                made++;
            }
        }
        for (AccessPattern p : patterns("update")) {
            List<Instance> targets = new ArrayList<>();
            created.stream().filter(i -> i.entity().equals(p.entity())).reduce((a, b) -> b).ifPresent(targets::add);
            oracle.of(p.entity()).stream().filter(i -> !created.contains(i)).findFirst().ifPresent(targets::add);
            int rounds = (int) Math.min(4, p.setOrEmpty().stream().map(a -> entity(p.entity()).attribute(a).orElse(null))
                    .filter(a -> a != null && a.values() != null).mapToLong(a -> a.values().size()).max().orElse(1));
            for (Instance target : targets) {
                for (int round = 0; round < rounds; round++) {
                    update(p, target);
                }
            }
            Map<String, Object> missing = missingIdentifiers(p.entity());
            for (String a : p.setOrEmpty()) {
                oracle.of(p.entity()).stream().map(i -> i.get(a)).filter(Objects::nonNull).findFirst()
                        .ifPresent(v -> missing.put(a, v instanceof String s ? "m" + s : v));
            }
            write(p, missing, true, "update of a missing " + p.entity() + " " + missing);
        }
        for (AccessPattern p : patterns("delete")) {
            Instance target = created.stream().filter(i -> i.entity().equals(p.entity())).reduce((a, b) -> b)
                    .map(this::current).orElse(oracle.of(p.entity()).stream().findFirst().orElse(null));
            if (target != null && write(p, identifiers(target), false, "delete " + oracle.identity(target))) {
                oracle.remove(target);
                created.remove(target);
                readAround(null, target);
                write(p, identifiers(target), true, "delete again " + oracle.identity(target));
            }
        }
        readAll(2, 2);
        return failures;
    }

    int answered() {
        return answered;
    }

    /** Updates the instance's set attributes to other values: the next of an enumeration, another instance's otherwise. */
    private void update(AccessPattern p, Instance target) {
        Instance now = current(target);
        if (now == null) {
            return;
        }
        Map<String, Object> params = identifiers(now);
        Map<String, Object> after = new LinkedHashMap<>(now.attributes());
        for (String a : p.setOrEmpty()) {
            Object v = otherValue(p.entity(), a, now, p.id() + writes);
            if (v != null) {
                params.put(a, v);
                after.put(a, v);
            }
        }
        Instance updated = new Instance(now.entity(), after);
        if (write(p, params, false, "update " + oracle.identity(now) + " " + params)) {
            oracle.replace(now, updated);
            created.replaceAll(i -> i == now ? updated : i);
            readAround(updated, now);
        }
    }

    String summary() {
        return reads + " reads (" + answered + " with items), " + writes + " writes, " + refusals + " refusals checked";
    }

    private List<AccessPattern> patterns(String type) {
        return model.accessPatterns().stream().filter(p -> p.type() != null && p.type().json().equals(type)).toList();
    }

    /** Calls a write; true when it did what it must (succeeded, or was refused when it must be). */
    private boolean write(AccessPattern p, Map<String, Object> params, boolean mustRefuse, String what) {
        writes++;
        try {
            code.call(p.id(), params);
            if (mustRefuse) {
                failures.add(p.id() + " " + what + ": accepted, must be refused");
            }
            return !mustRefuse;
        } catch (Refused e) {
            if (mustRefuse) {
                refusals++;
                return true;
            }
            failures.add(p.id() + " " + what + ": refused (" + e.getMessage() + ")");
            return false;
        } catch (AssertionError | RuntimeException e) {
            failures.add(p.id() + " " + what + ": " + e.getMessage());
            return false;
        }
    }

    /** Every read pattern about the entity, with parameters from the instance as it is and as it was. */
    private void readAround(Instance now, Instance before) {
        for (AccessPattern p : patterns("read")) {
            for (Instance i : new Instance[] {now, before}) {
                if (i != null) {
                    oracle.around(p, i).forEach(params -> read(p, params, "after a write to " + oracle.identity(i)));
                }
            }
        }
    }

    private void readAll(long seed, int sets) {
        for (AccessPattern p : patterns("read")) {
            oracle.draw(p, sets, seed + p.id().hashCode()).forEach(params -> read(p, params, "draw"));
        }
    }

    private void read(AccessPattern p, Map<String, Object> params, String when) {
        reads++;
        PatternPlan plan = design.accessPatterns().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
        try {
            List<Answer> answers = code.call(p.id(), params);
            answered += answers.isEmpty() ? 0 : 1;
            String problem = oracle.differences(p, plan.operation(), params, answers);
            if (problem != null && failures.size() < 200) {
                failures.add(p.id() + " (" + when + ", " + params + "): " + problem);
            }
        } catch (Refused | AssertionError | RuntimeException e) {
            failures.add(p.id() + " (" + when + ", " + params + ") threw " + e.getMessage());
        }
    }

    private Instance current(Instance i) {
        return oracle.of(i.entity()).stream().filter(x -> oracle.identity(x).equals(oracle.identity(i))).findFirst().orElse(null);
    }

    private Map<String, Object> identifiers(Instance i) {
        Map<String, Object> out = new LinkedHashMap<>();
        entity(i.entity()).identifierNames().forEach(n -> out.put(n, i.get(n)));
        return out;
    }

    private Map<String, Object> missingIdentifiers(String entity) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Attribute a : entity(entity).identifiers()) {
            Object v = oracle.of(entity).stream().map(i -> i.get(a.name())).filter(Objects::nonNull).findFirst().orElse("x");
            out.put(a.name(), v instanceof Number n ? Values.decimal(n).add(java.math.BigDecimal.valueOf(987654321)) : "missing-" + v);
        }
        return out;
    }

    /** A new value for an updated attribute: another instance's, or an enumeration's other value; unique ones made fresh. */
    private Object otherValue(String entity, String attribute, Instance now, String salt) {
        Attribute a = entity(entity).attribute(attribute).orElse(null);
        Object current = now.get(attribute);
        if (a != null && a.values() != null && !a.values().isEmpty()) {
            int at = 0;
            for (int k = 0; k < a.values().size(); k++) {
                at = Values.same(a.values().get(k), current) ? k : at;
            }
            return a.values().get((at + 1) % a.values().size());
        }
        Object other = oracle.of(entity).stream().map(i -> i.get(attribute)).filter(v -> v != null && !Values.same(v, current))
                .findFirst().orElse(current);
        if (a != null && a.mustBeUnique() && other instanceof String s) {
            return "u" + salt + s;
        }
        return other;
    }

    /** A fresh instance whose unique and string identifier values cannot collide with seeded ones. */
    private Instance unique(Instance i, String salt) {
        Map<String, Object> values = new LinkedHashMap<>(i.attributes());
        for (Attribute a : entity(i.entity()).attributes()) {
            if (a.mustBeUnique() && values.get(a.name()) instanceof String s) {
                values.put(a.name(), salt + s);
            }
        }
        return new Instance(i.entity(), values);
    }

    private Entity entity(String name) {
        return model.entity(name).orElseThrow();
    }
}
