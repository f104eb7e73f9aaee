package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pattern's plan as the generated module's runtime runs it, ready to be written as JSON: for a
 * read, its requests and what the pattern adds to them (the conditions no key serves, the order,
 * the limit, the included entities); for a write, the design's program as it is.
 */
final class ModulePlans {

    record ReadPlan(String id, String entity, List<String> include, Map<String, Object> constants, String ranged,
            List<Condition> conditions, OrderBy orderBy, Integer limit, List<ReadRequest> requests) {
    }

    record ReadRequest(String operation, String table, String index, Map<String, KeyCondition> keyCondition,
            Boolean scanIndexForward, Boolean consistentRead, Integer limit, Boolean intermediate, Integer shards) {
    }

    record WritePlan(String id, String type, String entity, List<ProgramRequest> program) {
    }

    private final Design design;

    ModulePlans(Design design) {
        this.design = design;
    }

    Object of(AccessPattern pattern) {
        PatternPlan plan = design.accessPatterns().stream().filter(p -> p.id().equals(pattern.id())).findFirst().orElse(null);
        if (!pattern.isRead()) {
            return new WritePlan(pattern.id(), pattern.type().json(), pattern.entity(),
                    plan == null || plan.program() == null ? List.of() : plan.program());
        }
        List<PatternPlan> requests = plan == null ? List.of() : plan.requests() != null ? plan.requests() : List.of(plan);
        String ranged = pattern.whereOrEmpty().stream().filter(c -> c.op() != Op.EQ && !c.isConstant())
                .map(Condition::attribute).findFirst().orElse(null);
        return new ReadPlan(pattern.id(), pattern.entity(), pattern.includeOrEmpty(), constants(pattern), ranged,
                unserved(pattern, requests),
                pattern.orderBy(), pattern.limit(),
                requests.stream().map(r -> request(r, plan, pattern)).toList());
    }

    private ReadRequest request(PatternPlan r, PatternPlan plan, AccessPattern pattern) {
        String table = r.table() != null ? r.table() : plan.table() != null ? plan.table()
                : design.tables().isEmpty() ? null : design.tables().get(0).name();
        boolean strong = Boolean.TRUE.equals(r.consistentRead()) || (pattern.stronglyConsistent() && !onGlobalIndex(table, r.index()));
        return new ReadRequest(r.operation(), table, r.index(), r.keyCondition() == null ? Map.of() : r.keyCondition(),
                r.scanIndexForward(), strong ? Boolean.TRUE : null, r.limit(), Boolean.TRUE.equals(r.intermediate()) ? true : null,
                r.shards());
    }

    private boolean onGlobalIndex(String table, String index) {
        return index != null && design.tables().stream().filter(t -> t.name().equals(table))
                .flatMap(t -> t.globalSecondaryIndexes().stream()).anyMatch(i -> i.name().equals(index));
    }

    /** The values of the pattern's {@code =} constants: they fill key templates too, e.g. STATUS#{status} of a sparse index. */
    private static Map<String, Object> constants(AccessPattern pattern) {
        Map<String, Object> out = new LinkedHashMap<>();
        pattern.whereOrEmpty().stream().filter(c -> c.isConstant() && c.op() == Op.EQ).forEach(c -> out.put(c.attribute(), c.value()));
        return out;
    }

    /** The pattern's filter and the where conditions on attributes no request's key names: checked on each main item. */
    private static List<Condition> unserved(AccessPattern pattern, List<PatternPlan> requests) {
        Set<String> inKeys = new HashSet<>();
        for (PatternPlan r : requests) {
            if (r.keyCondition() != null) {
                r.keyCondition().values().forEach(k -> templates(k).forEach(t -> inKeys.addAll(KeyTemplate.of(t).attributes())));
            }
        }
        List<Condition> out = new ArrayList<>();
        pattern.whereOrEmpty().stream().filter(c -> !inKeys.contains(c.attribute())).forEach(out::add);
        out.addAll(pattern.filterOrEmpty());
        return out;
    }

    private static List<String> templates(KeyCondition k) {
        return k.value() instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(k.value()));
    }
}
