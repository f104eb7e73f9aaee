package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs every access pattern's plan against the seeded tables and compares what comes back, and
 * in which order, with the answer the model alone defines for the same parameters. Write
 * patterns are exercised by {@link WriteCheck}.
 */
final class Verifier {

    private static final int PARAMETER_SETS = 3;

    private final DynamoDbClient client;
    private final ApplyPlan plan;
    private final Model model;
    private final Design design;
    private final Semantics semantics;
    private final Map<List<Object>, RenderedItem> byKey = new HashMap<>();

    Verifier(DynamoDbClient client, ApplyPlan plan) {
        this.client = client;
        this.plan = plan;
        this.model = plan.model();
        this.design = plan.design();
        this.semantics = new Semantics(model, plan.data());
        plan.items().forEach(i -> byKey.put(PrimaryKey.of(design, i), i));
    }

    VerifyReport run() {
        List<PatternResult> results = new ArrayList<>();
        PlanRunner runner = new PlanRunner(client, design);
        WriteCheck writes = new WriteCheck(client, plan);
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan pp = design.accessPatterns().stream().filter(x -> p.id().equals(x.id())).findFirst().orElse(null);
            String type = p.type() == null ? "?" : p.type().json();
            if (pp == null) {
                results.add(new PatternResult(p.id(), p.name(), type, false, 0, 0, 0, "the design has no plan for it"));
            } else if (p.isRead()) {
                results.add(read(runner, p, pp));
            } else {
                results.add(writes.check(p, pp));
            }
        }
        return new VerifyReport(results);
    }

    private PatternResult read(PlanRunner runner, AccessPattern p, PatternPlan pp) {
        String host = hostOf(p.entity());
        if (host != null) {
            return new PatternResult(p.id(), p.name(), "read", true, 0, 0, 0,
                    "not checked: " + p.entity() + " is embedded in " + host);
        }
        List<Map<String, Object>> sets = Parameters.draw(p, plan.data(), PARAMETER_SETS, p.id().hashCode());
        if (sets.isEmpty()) {
            return new PatternResult(p.id(), p.name(), "read", false, 0, 0, 0, "no seeded " + p.entity() + " to draw parameters from");
        }
        int items = 0;
        double capacity = 0;
        long nanos = 0;
        for (Map<String, Object> params : sets) {
            long start = System.nanoTime();
            PlanRunner.Run run;
            try {
                run = runner.run(pp, p, params, r -> isOf(r, p.entity()));
            } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, 0,
                        "DynamoDB rejected the request: " + e.awsErrorDetails().errorMessage());
            }
            nanos += System.nanoTime() - start;
            items += run.items().size();
            capacity += run.capacity();
            String problem = run.problem() != null ? run.problem() : compare(p, pp, params, run.items());
            if (problem != null) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, nanos / 1e6 / sets.size(),
                        problem + " (parameters " + params + ")");
            }
        }
        return new PatternResult(p.id(), p.name(), "read", true, items, capacity, nanos / 1e6 / sets.size(),
                pp.operation() + (pp.index() == null ? "" : " on " + pp.index()) + ", " + sets.size() + " parameter sets");
    }

    private boolean isOf(PlanRunner.Returned r, String entity) {
        RenderedItem item = lookup(r);
        return item != null && item.instance().entity().equals(entity);
    }

    private RenderedItem lookup(PlanRunner.Returned r) {
        Table t = design.tables().stream().filter(x -> x.name().equals(r.table())).findFirst().orElseThrow();
        Map<String, Object> plain = new HashMap<>();
        r.item().forEach((k, v) -> plain.put(k, AttributeValues.plain(v)));
        return byKey.get(PrimaryKey.of(t, plain));
    }

    /** Why the returned items differ from the model's answer, or null when they are the same. */
    private String compare(AccessPattern p, PatternPlan pp, Map<String, Object> params, List<PlanRunner.Returned> returned) {
        List<Instance> main = new ArrayList<>();
        Map<String, List<Instance>> others = new HashMap<>();
        int unknown = 0;
        for (PlanRunner.Returned r : returned) {
            RenderedItem item = lookup(r);
            if (item == null) {
                unknown++;
            } else if (item.instance().entity().equals(p.entity())) {
                main.add(item.instance());
            } else {
                others.computeIfAbsent(item.instance().entity(), k -> new ArrayList<>()).add(item.instance());
            }
        }
        if (unknown > 0) {
            return unknown + " returned items are not seeded items";
        }
        for (String e : others.keySet()) {
            if (!p.includeOrEmpty().contains(e)) {
                return "returned " + others.get(e).size() + " " + e + " items the pattern does not ask for";
            }
        }
        if (new LinkedHashSet<>(main).size() != main.size()) {
            return "returned the same " + p.entity() + " more than once";
        }
        List<Instance> matching = semantics.matching(p, params);
        int want = p.limit() != null ? Math.min(p.limit(), matching.size()) : matching.size();
        if (("GetItem".equals(pp.operation()) || "one".equals(p.returns())) && matching.size() > 1 && p.orderBy() == null) {
            want = 1;
        }
        Set<Instance> matchingSet = new LinkedHashSet<>(matching);
        long wrong = main.stream().filter(i -> !matchingSet.contains(i)).count();
        if (wrong > 0) {
            return wrong + " returned " + p.entity() + " items do not match the pattern's conditions";
        }
        if (main.size() != want) {
            return "returned " + main.size() + " " + p.entity() + " items, the model's answer has " + want;
        }
        if (p.orderBy() != null && !Semantics.sameOrderValues(main, matching.subList(0, want), p.orderBy().attribute())) {
            return "items are not in " + p.orderBy().attribute() + " " + (p.orderBy().descending() ? "desc" : "asc") + " order";
        }
        for (String x : p.includeOrEmpty()) {
            if (isEmbedded(x, p.entity())) {
                continue;
            }
            Set<Instance> expected = semantics.included(p.entity(), x, main);
            List<Instance> actual = others.getOrDefault(x, List.of());
            if (expected != null && !(new LinkedHashSet<>(actual).equals(expected) && actual.size() == expected.size())) {
                return "returned " + actual.size() + " included " + x + " items, the model's answer has " + expected.size();
            }
        }
        return null;
    }

    private String hostOf(String entity) {
        for (Table t : design.tables()) {
            boolean stored = t.items().stream().anyMatch(r -> r.entity().equals(entity) && r.embeddedIn() == null);
            if (stored) {
                return null;
            }
        }
        return design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.entity().equals(entity) && r.embeddedIn() != null).map(ItemRow::embeddedIn)
                .findFirst().orElse(null);
    }

    private boolean isEmbedded(String entity, String host) {
        return host.equals(hostOf(entity));
    }
}
