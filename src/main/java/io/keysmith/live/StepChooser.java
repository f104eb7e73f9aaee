package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.Values;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Table;
import io.keysmith.live.WriteStep.Kind;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the next write of the sequence for a pattern, from a seeded random source: mostly the
 * writes the model allows (creates of generated instances whose parents are live, updates with
 * {@link NewValues}, deletes of instances no live instance refers to), and one time in four a
 * write the model forbids, which must be refused. Empty when the pattern has nothing to write on.
 */
final class StepChooser {

    private final Model model;
    private final LiveInstances live;
    private final List<Instance> pool;
    private final NewValues newValues;
    private final Random rnd;
    private final Map<String, Set<String>> counters;

    StepChooser(Model model, Design design, LiveInstances live, List<Instance> pool, NewValues newValues,
            Random rnd) {
        this.model = model;
        this.counters = counters(design);
        this.live = live;
        this.pool = new ArrayList<>(pool);
        this.newValues = newValues;
        this.rnd = rnd;
    }

    Optional<WriteStep> next(int number, AccessPattern p) {
        Entity entity = model.entity(p.entity()).orElse(null);
        if (entity == null) {
            return Optional.empty();
        }
        boolean forbidden = rnd.nextInt(4) == 0;
        WriteStep step = switch (p.type()) {
            case CREATE -> forbidden ? forbiddenCreate(number, p, entity) : create(number, p);
            case UPDATE -> forbidden ? forbiddenUpdate(number, p, entity) : update(number, p);
            case DELETE -> forbidden ? missing(number, p, Kind.DELETE_MISSING) : delete(number, p);
            case READ -> null;
        };
        if (step == null && forbidden) {
            step = switch (p.type()) {
                case CREATE -> create(number, p);
                case UPDATE -> update(number, p);
                case DELETE -> delete(number, p);
                case READ -> null;
            };
        }
        return Optional.ofNullable(step);
    }

    /** Marks a created instance as used, so that it is never created again. */
    void used(Instance created) {
        pool.removeIf(i -> i.entity().equals(created.entity()) && (live.identity(i).equals(live.identity(created))
                || live.isLive(i)));
    }

    /** A generated instance not yet created, its parents live (moved under live parents when its own are not). */
    private Instance creatable(String entity) {
        List<Instance> candidates = pool.stream().filter(i -> i.entity().equals(entity) && !live.isLive(i)).limit(50).toList();
        for (int attempt = 0; attempt < 5 && !candidates.isEmpty(); attempt++) {
            Instance i = candidates.get(rnd.nextInt(candidates.size()));
            Instance placed = live.parentsLive(i) ? i : live.underLiveParents(i, rnd);
            if (placed != null && !live.isLive(placed) && uniqueValuesFree(placed)) {
                return placed;
            }
        }
        return null;
    }

    /** Whether no live instance holds any of the instance's unique values (a create the model allows). */
    private boolean uniqueValuesFree(Instance i) {
        Entity e = model.entity(i.entity()).orElseThrow();
        return e.uniqueAttributes().stream().allMatch(a -> i.get(a.name()) == null || live.holder(i.entity(), a.name(), i.get(a.name()), null) == null);
    }

    private Instance anyLive(String entity) {
        List<Instance> all = live.of(entity);
        return all.isEmpty() ? null : all.get(rnd.nextInt(all.size()));
    }

    private WriteStep create(int number, AccessPattern p) {
        Instance fresh = creatable(p.entity());
        return fresh == null ? null : new WriteStep(number, p, Kind.CREATE, fresh.attributes(), null, fresh);
    }

    private WriteStep forbiddenCreate(int number, AccessPattern p, Entity entity) {
        Instance fresh = creatable(p.entity());
        Instance holder = anyLive(p.entity());
        if (fresh == null || holder == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(fresh.attributes());
        List<Attribute> unique = entity.uniqueAttributes().stream().filter(a -> holder.get(a.name()) != null).toList();
        if (!unique.isEmpty() && rnd.nextBoolean()) {
            Attribute a = unique.get(rnd.nextInt(unique.size()));
            values.put(a.name(), holder.get(a.name()));
            return new WriteStep(number, p, Kind.CREATE_TAKEN_UNIQUE, values, holder, null);
        }
        entity.identifierNames().forEach(a -> values.put(a, holder.get(a)));
        values.values().removeIf(Objects::isNull);
        return new WriteStep(number, p, Kind.CREATE_LIVE_IDENTIFIER, values, holder, null);
    }

    private WriteStep update(int number, AccessPattern p) {
        Instance before = anyLive(p.entity());
        if (before == null || p.setOrEmpty().isEmpty()) {
            return null;
        }
        Instance after = newValues.update(before, p.setOrEmpty(), rnd, live);
        return new WriteStep(number, p, Kind.UPDATE, updateParams(p, before, after), before, after);
    }

    private WriteStep forbiddenUpdate(int number, AccessPattern p, Entity entity) {
        Instance before = anyLive(p.entity());
        List<String> unique = p.setOrEmpty().stream()
                .filter(a -> entity.attribute(a).map(Attribute::mustBeUnique).orElse(false)).toList();
        if (before != null && !unique.isEmpty() && rnd.nextBoolean()) {
            String a = unique.get(rnd.nextInt(unique.size()));
            Instance holder = live.of(p.entity()).stream()
                    .filter(i -> i.get(a) != null && !live.identity(i).equals(live.identity(before))).findFirst().orElse(null);
            if (holder != null) {
                Map<String, Object> values = new LinkedHashMap<>(newValues.update(before, p.setOrEmpty(), rnd, live).attributes());
                values.put(a, holder.get(a));
                Instance after = new Instance(before.entity(), values);
                return new WriteStep(number, p, Kind.UPDATE_TAKEN_UNIQUE, updateParams(p, before, after), before, null);
            }
        }
        return missing(number, p, Kind.UPDATE_MISSING);
    }

    private WriteStep delete(int number, AccessPattern p) {
        List<Instance> leaves = live.of(p.entity()).stream().filter(i -> !live.hasChildren(i)).toList();
        if (leaves.isEmpty()) {
            return null;
        }
        Instance gone = leaves.get(rnd.nextInt(leaves.size()));
        return new WriteStep(number, p, Kind.DELETE, whereParams(p, gone), gone, null);
    }

    /** An update or delete naming an instance that is not live: never created, or deleted. */
    private WriteStep missing(int number, AccessPattern p, Kind kind) {
        List<Instance> absent = pool.stream().filter(i -> i.entity().equals(p.entity()) && !live.isLive(i)).limit(50).toList();
        if (absent.isEmpty()) {
            return null;
        }
        Instance ghost = absent.get(rnd.nextInt(absent.size()));
        Map<String, Object> params = kind == Kind.UPDATE_MISSING
                ? updateParams(p, ghost, newValues.update(ghost, p.setOrEmpty(), rnd, live)) : whereParams(p, ghost);
        return new WriteStep(number, p, kind, params, null, null);
    }

    /** The values naming the instance: the where attributes, or the identifiers when the pattern has none. */
    private Map<String, Object> whereParams(AccessPattern p, Instance i) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> names = p.whereOrEmpty().stream().filter(c -> !c.isConstant()).map(Condition::attribute).toList();
        for (String a : names.isEmpty() ? model.entity(p.entity()).orElseThrow().identifierNames() : names) {
            if (i.get(a) != null) {
                params.put(a, i.get(a));
            }
        }
        return params;
    }

    /** The where values of the instance and the new values of the set; a counter the program ADDs to gets the increment. */
    private Map<String, Object> updateParams(AccessPattern p, Instance before, Instance after) {
        Map<String, Object> params = whereParams(p, before);
        Set<String> added = counters.getOrDefault(p.id(), Set.of());
        p.setOrEmpty().forEach(a -> {
            Object v = after.get(a);
            if (v instanceof Number n && added.contains(a)) {
                Object old = before.get(a);
                params.put(a, Values.decimal(n).subtract(old instanceof Number o ? Values.decimal(o) : java.math.BigDecimal.ZERO));
            } else if (v != null) {
                params.put(a, v);
            }
        });
        return params;
    }

    /** Per write pattern, the attributes its program ADDs to (counters: the parameter is the increment). */
    private static Map<String, Set<String>> counters(Design design) {
        Map<String, Set<String>> out = new HashMap<>();
        for (io.keysmith.design.PatternPlan pp : design.accessPatterns()) {
            for (io.keysmith.design.program.ProgramRequest r : pp.program() == null ? List.<io.keysmith.design.program.ProgramRequest>of()
                    : pp.program()) {
                for (io.keysmith.design.program.ProgramRequest w : r.writes()) {
                    for (io.keysmith.design.program.UpdateAction a : w.update() == null ? List.<io.keysmith.design.program.UpdateAction>of()
                            : w.update()) {
                        if (a.action() == io.keysmith.design.program.Action.ADD && a.attribute() != null) {
                            out.computeIfAbsent(pp.id(), k -> new HashSet<>()).add(a.attribute());
                        }
                    }
                }
            }
        }
        return out;
    }
}
