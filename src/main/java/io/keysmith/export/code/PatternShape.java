package io.keysmith.export.code;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The public face of one access pattern in generated code, whatever the language: its kind,
 * entity, the words of its name (for a method name) and its parameters, each named after an
 * attribute and typed by the model (the contract of spec section 4: a read takes one value per
 * condition without a constant, {@code between} a low and a high end; a create the whole
 * instance; an update the identifiers and the {@code set} values; a delete the identifiers).
 */
public record PatternShape(String id, String title, String kind, String entity, List<String> words,
        List<Parameter> parameters) {

    /** How a parameter goes into the pattern's parameter map. */
    public enum Role {
        /** The value itself. */
        VALUE,
        /** The low end of a {@code between}: the map holds {@code [low, high]}. */
        LOW,
        /** The high end of a {@code between}. */
        HIGH
    }

    /**
     * One parameter: the attribute it names, the model's type of it ({@code string},
     * {@code number}, ...), whether it may be left out (an optional attribute of a create, a
     * {@code set} value an update may leave as it is), and the values it may take (the
     * attribute's enumeration; empty when any value of the type goes, e.g. a prefix).
     */
    public record Parameter(String attribute, String type, Role role, boolean optional, List<Object> values) {
    }

    public static List<PatternShape> all(Model model, io.keysmith.design.Design design) {
        return design.accessPatterns().stream().map(p -> of(model, p)).toList();
    }

    public static PatternShape of(Model model, PatternPlan plan) {
        Optional<AccessPattern> pattern = PlanFacts.pattern(model, plan.id());
        String kind = type(plan, pattern);
        String entityName = pattern.map(AccessPattern::entity).orElse(null);
        Optional<Entity> entity = model.entities().stream().filter(e -> e.name().equals(entityName)).findFirst();
        List<Parameter> parameters = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (pattern.isEmpty()) {
            for (String attribute : templateAttributes(plan)) {
                parameters.add(new Parameter(attribute, "string", Role.VALUE, false, List.of()));
            }
        } else if (kind.equals("read")) {
            List<Condition> conditions = new ArrayList<>(pattern.get().whereOrEmpty());
            conditions.addAll(pattern.get().filterOrEmpty());
            for (Condition c : conditions) {
                if (c.isConstant() || !seen.add(c.attribute())) {
                    continue;
                }
                boolean prefix = c.op() == Op.BEGINS_WITH;
                String type = prefix ? "string" : typeOf(entity, c.attribute());
                List<Object> values = prefix ? List.of() : valuesOf(entity, c.attribute());
                if (c.op() == Op.BETWEEN) {
                    parameters.add(new Parameter(c.attribute(), type, Role.LOW, false, values));
                    parameters.add(new Parameter(c.attribute(), type, Role.HIGH, false, values));
                } else {
                    parameters.add(new Parameter(c.attribute(), type, Role.VALUE, false, values));
                }
            }
        } else if (kind.equals("create")) {
            entity.ifPresent(e -> e.attributes().forEach(a -> parameters.add(
                    new Parameter(a.name(), type(a), Role.VALUE, a.isOptional() && !a.partOfIdentifier(), values(a)))));
        } else {
            List<String> names = new ArrayList<>(entity.map(Entity::identifierNames).orElse(List.of()));
            if (kind.equals("update")) {
                names.addAll(pattern.get().setOrEmpty());
            }
            List<String> identifiers = entity.map(Entity::identifierNames).orElse(List.of());
            for (String name : names) {
                if (seen.add(name)) {
                    parameters.add(new Parameter(name, typeOf(entity, name), Role.VALUE, !identifiers.contains(name),
                            valuesOf(entity, name)));
                }
            }
        }
        String title = pattern.map(p -> p.id() + ": " + p.name()).orElse(plan.id());
        List<String> words = pattern.map(p -> words(p.name())).filter(w -> !w.isEmpty()).orElse(List.of(plan.id()));
        return new PatternShape(plan.id(), title, kind, entityName, words, List.copyOf(parameters));
    }

    /** The pattern's kind: the model's type, or for a plan without a model pattern, what its operation does. */
    static String type(PatternPlan plan, Optional<AccessPattern> pattern) {
        if (pattern.isPresent() && pattern.get().type() != null) {
            return pattern.get().type().json();
        }
        return switch (String.valueOf(plan.operation())) {
            case "PutItem", "TransactWriteItems" -> "create";
            case "UpdateItem" -> "update";
            case "DeleteItem" -> "delete";
            default -> "read";
        };
    }

    /** The ASCII words of a pattern's name, lower case: "Get a customer's orders" gives get, a, customers, orders. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(name.replaceAll("['\u2019]", "").split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The method name in lowerCamelCase. */
    public String camelName() {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** The method name in snake_case. */
    public String snakeName() {
        return String.join("_", words);
    }

    private static String typeOf(Optional<Entity> entity, String attribute) {
        return entity.flatMap(e -> e.attribute(attribute)).map(PatternShape::type).orElse("string");
    }

    private static List<Object> valuesOf(Optional<Entity> entity, String attribute) {
        return entity.flatMap(e -> e.attribute(attribute)).map(PatternShape::values).orElse(List.of());
    }

    private static List<Object> values(Attribute a) {
        return a.values() == null ? List.of() : List.copyOf(a.values());
    }

    private static String type(Attribute a) {
        return a.type() == null ? "string" : a.type().json();
    }

    private static List<String> templateAttributes(PatternPlan plan) {
        Set<String> names = new LinkedHashSet<>();
        PatternPlan r = plan.requests() != null ? plan.requests().get(0) : plan;
        if (r.keyCondition() != null) {
            for (KeyCondition k : r.keyCondition().values()) {
                List<?> values = k.value() instanceof List<?> l ? l : List.of(String.valueOf(k.value()));
                values.forEach(v -> names.addAll(KeyTemplate.of(String.valueOf(v)).attributes()));
            }
        }
        return List.copyOf(names);
    }
}
