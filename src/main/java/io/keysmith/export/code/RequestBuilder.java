package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.export.code.Request.Part;
import io.keysmith.export.code.Request.Value;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Model;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a pattern plan into language-neutral {@link Request}s: expressions, names, values and parameters. */
final class RequestBuilder {

    private final Model model;
    private final Design design;

    RequestBuilder(Model model, Design design) {
        this.model = model;
        this.design = design;
    }

    List<Request> requests(PatternPlan plan) {
        if (plan.requests() != null) {
            List<Request> out = new ArrayList<>();
            for (int i = 0; i < plan.requests().size(); i++) {
                PatternPlan sub = plan.requests().get(i);
                PatternPlan named = new PatternPlan(plan.id() + "_" + (i + 1), sub.table() == null ? plan.table() : sub.table(),
                        sub.index(), sub.operation(), sub.keyCondition(), sub.scanIndexForward(), sub.consistentRead(),
                        sub.limit(), sub.filterExpression(), sub.conditionExpression(), sub.updateExpression(),
                        sub.readUnits(), sub.writeUnits(), sub.monthlyCost(), sub.rule(), sub.verdict(), null);
                out.add(request(named, pattern(plan.id()), " (request " + (i + 1) + " of " + plan.requests().size() + ")"));
            }
            return out;
        }
        return List.of(request(plan, pattern(plan.id()), ""));
    }

    private Optional<AccessPattern> pattern(String id) {
        return model.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private Request request(PatternPlan plan, Optional<AccessPattern> pattern, String suffix) {
        String operation = normalized(plan.operation());
        Table table = design.tables().stream().filter(t -> t.name().equals(plan.table())).findFirst()
                .orElse(design.tables().get(0));
        Map<String, String> keyTypes = keyTypes(table);
        Map<String, Object> constants = new LinkedHashMap<>();
        String ranged = null;
        if (pattern.isPresent()) {
            for (Condition c : pattern.get().whereOrEmpty()) {
                if (c.isConstant()) {
                    constants.put(c.attribute(), c.value());
                }
                if (c.op() == Op.BETWEEN) {
                    ranged = c.attribute();
                }
            }
        }
        Set<String> parameters = new LinkedHashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Value> key = new LinkedHashMap<>();
        Map<String, Value> item = new LinkedHashMap<>();
        List<String> keyConditions = new ArrayList<>();
        int n = 0;
        Map<String, KeyCondition> conditions = plan.keyCondition() == null ? Map.of() : plan.keyCondition();
        for (var entry : conditions.entrySet()) {
            String type = keyTypes.getOrDefault(entry.getKey(), "S");
            KeyCondition c = entry.getValue();
            String op = c.op() == null ? "=" : c.op();
            if (List.of("GetItem", "UpdateItem", "DeleteItem", "BatchGetItem").contains(operation)) {
                key.put(entry.getKey(), value(String.valueOf(c.value()), type, constants, parameters, null, ""));
                continue;
            }
            String name = "#k" + n;
            String placeholder = ":k" + n++;
            names.put(name, entry.getKey());
            if ("between".equals(op) && c.value() instanceof List<?> range && range.size() == 2) {
                String rangedAttribute = ranged != null ? ranged : lastPlaceholder(String.valueOf(range.get(0)));
                values.put(placeholder + "a", value(String.valueOf(range.get(0)), type, constants, parameters, rangedAttribute, "From"));
                values.put(placeholder + "b", value(String.valueOf(range.get(1)), type, constants, parameters, rangedAttribute, "To"));
                keyConditions.add(name + " BETWEEN " + placeholder + "a AND " + placeholder + "b");
            } else {
                values.put(placeholder, value(String.valueOf(c.value()), type, constants, parameters, null, ""));
                keyConditions.add("begins_with".equals(op) ? "begins_with(" + name + ", " + placeholder + ")"
                        : name + " " + op + " " + placeholder);
            }
        }
        List<String> filters = new ArrayList<>();
        List<Condition> filterConditions = new ArrayList<>(pattern.map(AccessPattern::filterOrEmpty).orElse(List.of()));
        if ("Scan".equals(operation)) {
            filterConditions.addAll(0, pattern.map(AccessPattern::whereOrEmpty).orElse(List.of()));
        }
        int f = 0;
        for (Condition c : filterConditions) {
            String name = "#f" + f;
            String placeholder = ":f" + f++;
            names.put(name, c.attribute());
            if (c.op() == Op.BETWEEN) {
                values.put(placeholder + "a", parameterValue(c, parameters, "From"));
                values.put(placeholder + "b", parameterValue(c, parameters, "To"));
                filters.add(name + " BETWEEN " + placeholder + "a AND " + placeholder + "b");
            } else {
                values.put(placeholder, parameterValue(c, parameters, ""));
                filters.add(c.op() == Op.BEGINS_WITH ? "begins_with(" + name + ", " + placeholder + ")"
                        : name + " " + c.op().json() + " " + placeholder);
            }
        }
        String update = null;
        if ("UpdateItem".equals(operation)) {
            List<String> sets = new ArrayList<>();
            int u = 0;
            for (String attribute : pattern.map(AccessPattern::setOrEmpty).orElse(List.of())) {
                names.put("#u" + u, attribute);
                parameters.add(attribute);
                values.put(":u" + u, new Value("S", List.of(Part.param(attribute, 0))));
                sets.add("#u" + u + " = :u" + u++);
            }
            update = sets.isEmpty() ? plan.updateExpression() : "SET " + String.join(", ", sets);
        }
        if (List.of("PutItem", "TransactWriteItems").contains(operation)) {
            String entity = pattern.map(AccessPattern::entity).orElse(null);
            table.items().stream().filter(r -> r.entity().equals(entity) && r.embeddedIn() == null).findFirst()
                    .map(ItemRow::keys).orElse(Map.of())
                    .forEach((k, t) -> item.put(k, value(t, keyTypes.getOrDefault(k, "S"), constants, parameters, null, "")));
        }
        String title = pattern.map(p -> p.id() + ": " + p.name()).orElse(plan.id()) + suffix;
        return new Request(plan.id(), title, operation, table.name(), plan.index(),
                keyConditions.isEmpty() ? null : String.join(" AND ", keyConditions),
                filters.isEmpty() ? null : String.join(" AND ", filters), update, names, values, key, item,
                plan.scanIndexForward(), plan.limit() != null ? plan.limit() : pattern.map(AccessPattern::limit).orElse(null),
                plan.consistentRead(), List.copyOf(parameters));
    }

    private static String normalized(String operation) {
        return operation == null ? "Query" : operation;
    }

    private static Value parameterValue(Condition c, Set<String> parameters, String suffix) {
        if (c.isConstant() && suffix.isEmpty()) {
            return new Value(c.value() instanceof Number ? "N" : "S", List.of(Part.text(String.valueOf(c.value()))));
        }
        parameters.add(c.attribute() + suffix);
        return new Value("S", List.of(Part.param(c.attribute() + suffix, 0)));
    }

    private static Value value(String template, String type, Map<String, Object> constants, Set<String> parameters,
            String ranged, String rangeSuffix) {
        List<Part> parts = new ArrayList<>();
        for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
            switch (part) {
                case KeyTemplate.Literal l -> parts.add(Part.text(l.text()));
                case KeyTemplate.Placeholder p -> {
                    if (constants.containsKey(p.attribute())) {
                        parts.add(Part.text(p.render(constants.get(p.attribute()))));
                    } else {
                        String parameter = p.attribute().equals(ranged) ? p.attribute() + rangeSuffix : p.attribute();
                        parameters.add(parameter);
                        parts.add(Part.param(parameter, p.pad()));
                    }
                }
            }
        }
        return new Value(type, parts);
    }

    private static String lastPlaceholder(String template) {
        List<String> attributes = KeyTemplate.of(template).attributes();
        return attributes.isEmpty() ? null : attributes.get(attributes.size() - 1);
    }

    private static Map<String, String> keyTypes(Table table) {
        Map<String, String> types = new LinkedHashMap<>();
        put(types, table.partitionKey());
        put(types, table.sortKey());
        for (SecondaryIndex i : table.globalSecondaryIndexes()) {
            put(types, i.partitionKey());
            put(types, i.sortKey());
        }
        for (SecondaryIndex i : table.localSecondaryIndexes()) {
            put(types, i.sortKey());
        }
        return types;
    }

    private static void put(Map<String, String> types, KeyAttribute key) {
        if (key != null) {
            types.putIfAbsent(key.name(), key.type() == null ? "S" : key.type());
        }
    }
}
