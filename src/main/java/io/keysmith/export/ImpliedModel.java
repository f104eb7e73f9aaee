package io.keysmith.export;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Table;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model a design implies when only the design is at hand: one entity per stored entity,
 * with the attributes its key templates name (identifiers from the table keys).
 */
public final class ImpliedModel {

    private ImpliedModel() {
    }

    /** The given model, or one implied by the design when it is null. */
    public static Model orImplied(Model model, Design design) {
        return model != null ? model : of(design);
    }

    public static Model of(Design design) {
        Map<String, Set<String>> identifiers = new LinkedHashMap<>();
        Map<String, Map<String, Boolean>> attributes = new LinkedHashMap<>();
        for (Table table : design.tables()) {
            for (ItemRow row : table.items()) {
                if (row.entity() == null) {
                    continue;
                }
                Set<String> ids = identifiers.computeIfAbsent(row.entity(), e -> new LinkedHashSet<>());
                Map<String, Boolean> attrs = attributes.computeIfAbsent(row.entity(), e -> new LinkedHashMap<>());
                row.keys().forEach((key, template) -> {
                    for (KeyTemplate.Part part : KeyTemplate.of(template).parts()) {
                        if (part instanceof KeyTemplate.Placeholder p) {
                            attrs.merge(p.attribute(), p.pad() > 0, Boolean::logicalOr);
                            if (isTableKey(table, key)) {
                                ids.add(p.attribute());
                            }
                        }
                    }
                });
            }
        }
        List<Entity> entities = new ArrayList<>();
        attributes.forEach((entity, attrs) -> {
            Set<String> ids = identifiers.get(entity);
            if (ids.isEmpty() && !attrs.isEmpty()) {
                ids.add(attrs.keySet().iterator().next());
            }
            List<Attribute> list = new ArrayList<>();
            attrs.forEach((name, numeric) -> list.add(new Attribute(name, numeric ? AttributeType.NUMBER : AttributeType.STRING,
                    ids.contains(name) ? true : null, null, null, null, null, null, null)));
            if (list.isEmpty()) {
                list.add(new Attribute("id", AttributeType.STRING, true, null, null, null, null, null, null));
            }
            entities.add(new Entity(entity, null, list, null, null, null));
        });
        return new Model(Model.FORMAT, design.model() == null ? "design" : design.model(), null, null, entities,
                List.of(), List.of());
    }

    private static boolean isTableKey(Table table, String key) {
        return key.equals(table.partitionKey().name()) || (table.sortKey() != null && key.equals(table.sortKey().name()));
    }
}
