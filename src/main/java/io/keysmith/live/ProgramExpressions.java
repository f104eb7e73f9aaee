package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.ItemRenderer;
import io.keysmith.design.Table;
import io.keysmith.design.program.Check;
import io.keysmith.design.program.Scope;
import io.keysmith.design.program.UpdateAction;
import io.keysmith.model.Attribute;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The condition and update expressions of one program write, with {@code #n}/{@code :v}
 * placeholders: conditions joined with AND ({@code equals} of an absent value means the
 * attribute must not exist), update actions grouped into SET, REMOVE and ADD clauses (a SET
 * whose {@code when} fails on the new values is a REMOVE, one whose value is absent is skipped).
 */
final class ProgramExpressions {

    private final Model model;
    private final Table table;
    private final ProgramScopes scopes;
    private final Placeholders placeholders;

    ProgramExpressions(Model model, Table table, ProgramScopes scopes, Placeholders placeholders) {
        this.model = model;
        this.table = table;
        this.scopes = scopes;
        this.placeholders = placeholders;
    }

    /** The condition expression, or null without conditions. */
    String condition(List<Check> checks) {
        if (checks == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Check c : checks) {
            Optional<String> path = path(c.attribute(), c.path(), Scope.NEW);
            if (path.isEmpty()) {
                continue;
            }
            switch (c.function()) {
                case ATTRIBUTE_EXISTS -> parts.add("attribute_exists(" + path.get() + ")");
                case ATTRIBUTE_NOT_EXISTS -> parts.add("attribute_not_exists(" + path.get() + ")");
                case EQUALS -> {
                    Scope from = c.from() == null ? Scope.NEW : c.from();
                    Optional<AttributeValue> v = TemplateValues.of(table, c.attribute(), c.value(), scopes.values(from));
                    parts.add(v.isEmpty() ? "attribute_not_exists(" + path.get() + ")"
                            : path.get() + " = " + placeholders.value(v.get()));
                }
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** The update expression, or null when no action is left. */
    String update(List<UpdateAction> actions) {
        if (actions == null) {
            return null;
        }
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        Map<String, Object> values = scopes.values(Scope.NEW);
        for (UpdateAction a : actions) {
            Optional<String> path = path(a.attribute(), a.path(), Scope.NEW);
            if (path.isEmpty()) {
                continue;
            }
            switch (a.action()) {
                case REMOVE -> clauses.computeIfAbsent("REMOVE", k -> new ArrayList<>()).add(path.get());
                case ADD -> value(a, values).ifPresent(v -> clauses.computeIfAbsent("ADD", k -> new ArrayList<>())
                        .add(path.get() + " " + placeholders.value(v)));
                case SET -> {
                    if (a.when() != null && !ItemRenderer.holds(a.when(), new Instance("", values))) {
                        clauses.computeIfAbsent("REMOVE", k -> new ArrayList<>()).add(path.get());
                    } else {
                        value(a, values).ifPresent(v -> clauses.computeIfAbsent("SET", k -> new ArrayList<>())
                                .add(path.get() + " = " + placeholders.value(v)));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        clauses.forEach((verb, list) -> out.add(verb + " " + String.join(", ", list)));
        return out.isEmpty() ? null : String.join(" ", out);
    }

    private Optional<AttributeValue> value(UpdateAction a, Map<String, Object> values) {
        if (a.entity() != null) {
            return Optional.of(AttributeValues.of(entity(a.entity(), values)));
        }
        return a.value() == null ? Optional.empty() : TemplateValues.of(table, a.attribute(), a.value(), values);
    }

    /** The new instance of an entity as a map: its model attributes that have values. */
    private Map<String, Object> entity(String name, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Attribute> attributes = model.entity(name).map(e -> e.attributes()).orElse(List.of());
        for (Attribute at : attributes) {
            if (values.get(at.name()) != null) {
                out.put(at.name(), values.get(at.name()));
            }
        }
        return out;
    }

    /** {@code #n0} for an attribute, {@code #n0.#n1} for a map entry; empty when an entry key is absent. */
    Optional<String> path(String attribute, List<String> path, Scope scope) {
        if (path == null || path.isEmpty()) {
            return Optional.of(placeholders.name(attribute));
        }
        List<String> names = new ArrayList<>();
        for (String segment : path) {
            Optional<String> text = TemplateValues.text(segment, scopes.values(scope));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            names.add(placeholders.name(text.get()));
        }
        return Optional.of(String.join(".", names));
    }
}
