package io.keysmith.export.iam;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.export.ExportException;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The least-privilege policies of a design, one per application role: {@code reader} (every read
 * pattern), {@code writer} (every pattern), and for a tenant or user entity ({@link LeadingKeyScope})
 * {@code tenant-reader} and {@code tenant-writer} with only the patterns confined to the caller's
 * own partitions, under a {@code dynamodb:LeadingKeys} condition. Each statement allows exactly the
 * actions the plans use on one table or index.
 */
public final class IamPolicies {

    private IamPolicies() {
    }

    /** One allowed use: actions of one request of a pattern on a table or index, with its leading key when scoped. */
    private record Grant(String pattern, boolean read, String table, String index, Set<String> actions, String leadingKey) {
    }

    public static List<IamPolicy> of(Model model, Design design) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        LeadingKeyScope scopes = new LeadingKeyScope(model);
        List<Grant> all = new ArrayList<>();
        Map<Entity, List<Grant>> scoped = new LinkedHashMap<>();
        for (PatternPlan plan : design.accessPatterns()) {
            Optional<AccessPattern> pattern = model == null ? Optional.empty()
                    : model.accessPatterns().stream().filter(p -> p.id().equals(plan.id())).findFirst();
            boolean read = pattern.map(AccessPattern::isRead).orElse(plan.writeUnits() == null && isRead(plan.operation()));
            Table table = table(design, plan.table());
            List<PatternPlan> requests = plan.program() != null ? ProgramGrants.requests(plan, design)
                    : plan.requests() == null ? List.of(plan) : plan.requests().stream()
                    .map(r -> r.table() == null ? withTable(r, plan.table()) : r).toList();
            for (PatternPlan r : requests) {
                all.add(new Grant(plan.id(), read, table(design, r.table()).name(), r.index(),
                        actions(r, pattern.orElse(null), table), null));
            }
            Optional<Entity> scope = scopes.scopeOf(pattern.map(AccessPattern::entity).orElse(null), table, requests);
            scope.ifPresent(s -> requests.forEach(r -> scoped.computeIfAbsent(s, k -> new ArrayList<>())
                    .add(new Grant(plan.id(), read, table.name(), r.index(), actions(r, pattern.orElse(null), table),
                            scopes.leadingKey(r, table, s).orElseThrow()))));
        }
        String model_ = model != null && model.name() != null ? model.name() : design.model() == null ? "the design" : design.model();
        List<IamPolicy> policies = new ArrayList<>();
        add(policies, design, "reader", "Reads of " + model_ + ": every read access pattern, nothing else",
                all.stream().filter(Grant::read).toList());
        add(policies, design, "writer", "Reads and writes of " + model_ + ": every access pattern", all);
        scoped.forEach((scope, grants) -> {
            String name = LeadingKeyScope.roleName(scope);
            String confined = " confined to the caller's own " + scope.name() + " (principal tags "
                    + String.join(", ", scope.identifierNames()) + ")";
            add(policies, design, name + "-reader", "Reads of " + model_ + confined, grants.stream().filter(Grant::read).toList());
            add(policies, design, name + "-writer", "Reads and writes of " + model_ + confined, grants);
        });
        return policies;
    }

    private static void add(List<IamPolicy> policies, Design design, String role, String description, List<Grant> grants) {
        if (grants.isEmpty()) {
            return;
        }
        List<IamPolicy.Statement> statements = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (Table table : design.tables()) {
            List<String> targets = new ArrayList<>();
            targets.add(null);
            table.globalSecondaryIndexes().forEach(i -> targets.add(i.name()));
            table.localSecondaryIndexes().forEach(i -> targets.add(i.name()));
            for (String index : targets) {
                List<Grant> here = grants.stream().filter(g -> g.table().equals(table.name())
                        && java.util.Objects.equals(g.index(), index)).toList();
                if (here.isEmpty()) {
                    continue;
                }
                Set<String> actions = new TreeSet<>();
                Set<String> keys = new TreeSet<>();
                Set<String> patterns = new java.util.LinkedHashSet<>();
                here.forEach(g -> {
                    actions.addAll(g.actions());
                    patterns.add(g.pattern());
                    if (g.leadingKey() != null) {
                        keys.add(g.leadingKey());
                    }
                });
                String sid = sid(table.name() + (index == null ? "Table" : "Index" + index), sids);
                statements.add(new IamPolicy.Statement(sid, List.copyOf(actions), table.name(), index, List.copyOf(keys),
                        List.copyOf(patterns)));
            }
        }
        List<String> patterns = grants.stream().map(Grant::pattern).distinct().toList();
        policies.add(new IamPolicy(role, description(description), patterns, statements));
    }

    /** The IAM actions of one request; a transaction needs the actions of its parts (IAM has no TransactWriteItems action). */
    static Set<String> actions(PatternPlan request, AccessPattern pattern, Table table) {
        String op = request.operation() == null ? "Query" : request.operation();
        Set<String> actions = new TreeSet<>();
        switch (op) {
            case "GetItem", "TransactGetItems" -> actions.add("GetItem");
            case "Query", "Scan", "BatchGetItem", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem" -> actions.add(op);
            case "ConditionCheck" -> actions.add("ConditionCheckItem");
            case "TransactWriteItems" -> actions.addAll(transactionParts(request, pattern, table));
            default -> throw new ExportException("cannot export IAM policies: plan " + request.id()
                    + " uses operation " + op + ", which Keysmith has no IAM action for");
        }
        return actions.stream().map(a -> "dynamodb:" + a).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** Create: Put the item and its lookup items; delete: Delete them; update: Update the item, Delete and Put changed lookups. */
    private static Set<String> transactionParts(PatternPlan request, AccessPattern pattern, Table table) {
        PatternType type = pattern != null ? pattern.type()
                : request.updateExpression() != null ? PatternType.UPDATE
                : request.conditionExpression() != null && request.conditionExpression().contains("attribute_not_exists")
                        ? PatternType.CREATE : PatternType.DELETE;
        return switch (type) {
            case CREATE -> Set.of("PutItem");
            case DELETE -> Set.of("DeleteItem");
            case UPDATE -> pattern != null && table.items().stream()
                    .filter(r -> r.entity().equals(pattern.entity()) && "lookup".equals(r.kind())).map(ItemRow::keys)
                    .noneMatch(k -> pattern.setOrEmpty().stream().anyMatch(a -> k.values().stream().anyMatch(v -> v.contains("{" + a + "}"))))
                    ? Set.of("UpdateItem") : Set.of("UpdateItem", "DeleteItem", "PutItem");
            default -> Set.of("GetItem");
        };
    }

    private static boolean isRead(String op) {
        return op == null || List.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems").contains(op);
    }

    private static Table table(Design design, String name) {
        return design.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new ExportException("cannot export IAM policies: a plan uses table " + name
                        + ", which the design does not have"));
    }

    private static PatternPlan withTable(PatternPlan r, String table) {
        return new PatternPlan(r.id(), table, r.index(), r.operation(), r.keyCondition(), r.scanIndexForward(), r.consistentRead(),
                r.limit(), r.filterExpression(), r.conditionExpression(), r.updateExpression(), r.readUnits(), r.writeUnits(),
                r.monthlyCost(), r.rule(), r.verdict(), null);
    }

    /** IAM's description charset (printable Latin-1) and length; other characters become '_'. */
    static String description(String text) {
        String cleaned = text.replaceAll("[^\\t\\n\\r\\x20-\\x7E\\xA1-\\xFF]", "_");
        return cleaned.length() > 1000 ? cleaned.substring(0, 1000) : cleaned;
    }

    /** A statement id: letters and digits only (IAM's rule), unique in the policy. */
    private static String sid(String text, Set<String> taken) {
        String base = text.replaceAll("[^A-Za-z0-9]", "");
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
