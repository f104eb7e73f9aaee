package io.keysmith.export.code;

import io.keysmith.export.SourceText;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters of a pattern's function as section 4 of the format spec names them, typed from
 * the model: a read takes one per condition without a constant ({@code between} as a pair), a
 * create the whole instance, an update the identifiers and the values it sets, a delete the
 * identifiers.
 */
final class ParameterTypes {

    /** One property of a parameter interface: its name as TypeScript source, optional or not, its type. */
    record Parameter(String name, boolean optional, String type) {
    }

    private ParameterTypes() {
    }

    static List<Parameter> of(Model model, AccessPattern pattern) {
        Entity entity = model.entity(pattern.entity()).orElse(null);
        Map<String, Parameter> out = new LinkedHashMap<>();
        List<Condition> conditions = new ArrayList<>(pattern.whereOrEmpty());
        conditions.addAll(pattern.filterOrEmpty());
        switch (pattern.type()) {
            case READ -> {
            }
            case CREATE -> {
                if (entity != null) {
                    entity.attributes().forEach(a -> out.put(a.name(), parameter(a.name(), a.isOptional(), type(a))));
                }
            }
            case UPDATE, DELETE -> {
                List<String> names = new ArrayList<>(entity == null ? List.of() : entity.identifierNames());
                if (pattern.type() == io.keysmith.model.PatternType.UPDATE) {
                    names.addAll(pattern.setOrEmpty());
                }
                names.forEach(n -> out.putIfAbsent(n, parameter(n, false, type(entity, n))));
            }
        }
        boolean read = pattern.isRead();
        for (Condition c : conditions) {
            if (!c.isConstant() && !out.containsKey(c.attribute())) {
                String type = type(entity, c.attribute());
                out.put(c.attribute(), parameter(c.attribute(), !read, c.op() == Op.BETWEEN ? "[" + type + ", " + type + "]" : type));
            }
        }
        return List.copyOf(out.values());
    }

    private static Parameter parameter(String name, boolean optional, String type) {
        boolean plain = name.matches("[A-Za-z_$][A-Za-z0-9_$]*");
        return new Parameter(plain ? name : SourceText.typescript(name), optional, type);
    }

    private static String type(Entity entity, String attribute) {
        return entity == null ? "unknown" : entity.attribute(attribute).map(ParameterTypes::type).orElse("unknown");
    }

    private static String type(Attribute a) {
        if (a.values() != null && !a.values().isEmpty() && a.values().stream().allMatch(v -> v instanceof String)) {
            return a.values().stream().map(v -> SourceText.typescript((String) v)).distinct().collect(Collectors.joining(" | "));
        }
        return switch (a.type()) {
            case STRING, DATETIME, DATE -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case BINARY -> "Uint8Array";
            case MAP -> "Record<string, unknown>";
            case LIST -> "unknown[]";
            case STRING_SET -> "Set<string> | string[]";
            case NUMBER_SET -> "Set<number> | number[]";
        };
    }
}
