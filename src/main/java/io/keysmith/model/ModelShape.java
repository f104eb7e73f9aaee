package io.keysmith.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Checks the JSON tree of a model before it is bound to records: each field has the right JSON
 * type and each closed choice a known value, so that binding cannot fail and every problem is
 * reported with its path. Unknown fields are warnings (readers ignore them, but a typo shows).
 */
final class ModelShape {

    private enum Kind { STRING, NUMBER, INTEGER, BOOLEAN, SCALAR, OBJECT, ARRAY_OF_STRINGS, ARRAY_OF_SCALARS, STRING_OR_STRINGS }

    private static final Map<String, Kind> MODEL = Map.of(
            "format", Kind.STRING, "name", Kind.STRING, "description", Kind.STRING);
    private static final Map<String, Kind> SETTINGS = Map.of(
            "tableName", Kind.STRING, "style", Kind.STRING, "billingMode", Kind.STRING);
    private static final Map<String, Kind> ENTITY = Map.of(
            "name", Kind.STRING, "description", Kind.STRING, "count", Kind.INTEGER,
            "itemSizeBytes", Kind.INTEGER, "ttl", Kind.STRING);
    private static final Map<String, Kind> ATTRIBUTE = Map.of(
            "name", Kind.STRING, "type", Kind.STRING, "identifier", Kind.BOOLEAN, "unique", Kind.BOOLEAN,
            "immutable", Kind.BOOLEAN, "required", Kind.BOOLEAN, "values", Kind.ARRAY_OF_SCALARS,
            "format", Kind.STRING, "description", Kind.STRING, "weights", Kind.ARRAY_OF_SCALARS);
    private static final Map<String, Kind> RELATIONSHIP = Map.of(
            "from", Kind.STRING, "to", Kind.STRING, "cardinality", Kind.STRING,
            "foreignKey", Kind.STRING_OR_STRINGS, "through", Kind.STRING, "maxChildren", Kind.INTEGER,
            "name", Kind.STRING, "description", Kind.STRING);
    private static final Map<String, Kind> PATTERN = Map.ofEntries(
            Map.entry("id", Kind.STRING), Map.entry("name", Kind.STRING), Map.entry("type", Kind.STRING),
            Map.entry("entity", Kind.STRING), Map.entry("include", Kind.ARRAY_OF_STRINGS),
            Map.entry("returns", Kind.STRING), Map.entry("limit", Kind.INTEGER),
            Map.entry("set", Kind.ARRAY_OF_STRINGS), Map.entry("rate", Kind.NUMBER),
            Map.entry("consistency", Kind.STRING), Map.entry("notes", Kind.STRING),
            Map.entry("inferred", Kind.BOOLEAN));
    private static final Map<String, Kind> CONDITION = Map.of(
            "attribute", Kind.STRING, "op", Kind.STRING, "value", Kind.SCALAR);
    private static final Map<String, Kind> ORDER_BY = Map.of(
            "attribute", Kind.STRING, "direction", Kind.STRING);

    private final List<Problem> problems = new ArrayList<>();

    private ModelShape() {
    }

    static List<Problem> check(JsonNode root) {
        ModelShape shape = new ModelShape();
        shape.checkModel(root);
        return shape.problems;
    }

    private void checkModel(JsonNode root) {
        if (!root.isObject()) {
            error("", "expected a JSON object with \"format\": \"" + Model.FORMAT + "\", found " + describe(root));
            return;
        }
        Set<String> known = Set.of("settings", "entities", "relationships", "accessPatterns");
        fields(root, "", MODEL, known);
        object(root.get("settings"), "settings", n -> {
            fields(n, "settings", SETTINGS, Set.of());
            choice(n, "settings", "style", TableStyle.jsonValues());
            choice(n, "settings", "billingMode", BillingMode.jsonValues());
            return null;
        });
        array(root, "", "entities", true, (n, at) -> {
            fields(n, at, ENTITY, Set.of("attributes"));
            array(n, at, "attributes", true, (a, aat) -> {
                fields(a, aat, ATTRIBUTE, Set.of());
                required(a, aat, "name");
                required(a, aat, "type");
                choice(a, aat, "type", Arrays.stream(AttributeType.values()).map(AttributeType::json).toArray(String[]::new));
            });
            required(n, at, "name");
        });
        array(root, "", "relationships", false, (n, at) -> {
            fields(n, at, RELATIONSHIP, Set.of());
            required(n, at, "from");
            required(n, at, "to");
            required(n, at, "cardinality");
            choice(n, at, "cardinality", Arrays.stream(Cardinality.values()).map(Cardinality::json).toArray(String[]::new));
        });
        array(root, "", "accessPatterns", true, (n, at) -> {
            fields(n, at, PATTERN, Set.of("where", "filter", "orderBy"));
            required(n, at, "id");
            required(n, at, "type");
            required(n, at, "entity");
            choice(n, at, "type", Arrays.stream(PatternType.values()).map(PatternType::json).toArray(String[]::new));
            choice(n, at, "returns", "one", "many");
            choice(n, at, "consistency", "eventual", "strong");
            for (String list : List.of("where", "filter")) {
                array(n, at, list, false, (c, cat) -> {
                    fields(c, cat, CONDITION, Set.of());
                    required(c, cat, "attribute");
                    required(c, cat, "op");
                    choice(c, cat, "op", Arrays.stream(Op.values()).map(Op::json).toArray(String[]::new));
                });
            }
            object(n.get("orderBy"), path(at, "orderBy"), o -> {
                fields(o, path(at, "orderBy"), ORDER_BY, Set.of());
                required(o, path(at, "orderBy"), "attribute");
                choice(o, path(at, "orderBy"), "direction", "asc", "desc");
                return null;
            });
        });
    }

    private interface ElementCheck {
        void check(JsonNode node, String at);
    }

    private void array(JsonNode parent, String at, String field, boolean required, ElementCheck check) {
        JsonNode node = parent.get(field);
        String where = path(at, field);
        if (node == null || node.isNull()) {
            if (required) {
                error(where, "is missing; expected a list");
            }
            return;
        }
        if (!node.isArray()) {
            error(where, "expected a list, found " + describe(node));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String elementAt = where + "[" + i + "]";
            if (!element.isObject()) {
                error(elementAt, "expected an object, found " + describe(element));
            } else {
                check.check(element, elementAt);
            }
        }
    }

    private void object(JsonNode node, String at, Function<JsonNode, Void> check) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            error(at, "expected an object, found " + describe(node));
            return;
        }
        check.apply(node);
    }

    private void fields(JsonNode node, String at, Map<String, Kind> kinds, Set<String> structured) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            Kind kind = kinds.get(name);
            if (kind == null) {
                if (!structured.contains(name)) {
                    problems.add(Problem.warning(path(at, name), "unknown field, ignored"));
                }
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!matches(kind, value)) {
                error(path(at, name), "expected " + expected(kind) + ", found " + describe(value));
            }
        }
    }

    private static boolean matches(Kind kind, JsonNode value) {
        return switch (kind) {
            case STRING -> value.isString();
            case NUMBER -> value.isNumber();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0;
            case BOOLEAN -> value.isBoolean();
            case SCALAR -> value.isValueNode();
            case OBJECT -> value.isObject();
            case ARRAY_OF_STRINGS -> value.isArray() && allMatch(value, JsonNode::isString);
            case ARRAY_OF_SCALARS -> value.isArray() && allMatch(value, JsonNode::isValueNode);
            case STRING_OR_STRINGS -> value.isString() || (value.isArray() && allMatch(value, JsonNode::isString));
        };
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (!test.test(element)) {
                return false;
            }
        }
        return true;
    }

    private static String expected(Kind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case INTEGER -> "a whole number, 0 or more";
            case BOOLEAN -> "true or false";
            case SCALAR -> "a string, number or boolean";
            case OBJECT -> "an object";
            case ARRAY_OF_STRINGS -> "a list of strings";
            case ARRAY_OF_SCALARS -> "a list of strings or numbers";
            case STRING_OR_STRINGS -> "an attribute name or a list of them";
        };
    }

    private void required(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            error(path(at, field), "is missing");
        } else if (value.isString() && value.asString().isBlank()) {
            error(path(at, field), "is empty");
        }
    }

    private void choice(JsonNode node, String at, String field, String... allowed) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            return;
        }
        if (Arrays.asList(allowed).contains(value.asString())) {
            return;
        }
        error(path(at, field), quote(value.asString()) + " is not one of "
                + Arrays.stream(allowed).map(ModelShape::quote).collect(Collectors.joining(", ")));
    }

    private void error(String at, String message) {
        problems.add(Problem.error(at, message));
    }

    static String path(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    static String quote(String text) {
        return "\"" + Text.printable(text) + "\"";
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            return "the text " + quote(node.asString());
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
