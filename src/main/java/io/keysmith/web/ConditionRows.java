package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.Op;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The key conditions or the filter of an access pattern: one row per condition, and a button to add one. */
final class ConditionRows {

    private ConditionRows() {
    }

    /** Adds the rows of {@code pattern.kind} ("where" or "filter") to {@code detail}. */
    static void add(VerticalLayout detail, PatternsEditor editor, FormFields fields, String pattern, String kind,
            List<String> attributes) {
        detail.add(new H4(kind.equals("where") ? "Key conditions" : "Filter"));
        JsonNode list = JsonPaths.get(editor.session().doc(), pattern + "." + kind);
        int size = list instanceof ArrayNode array ? array.size() : 0;
        for (int i = 0; i < size; i++) {
            detail.add(row(editor, fields, pattern, kind, i, attributes));
        }
        Button add = new Button("Add " + (kind.equals("where") ? "key condition" : "filter"), VaadinIcon.PLUS.create(),
                e -> editor.structural(doc -> {
                    ObjectNode condition = JsonPaths.array(doc, pattern + "." + kind).addObject();
                    condition.put("attribute", attributes.isEmpty() ? "" : attributes.getFirst());
                    condition.put("op", "=");
                }));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-" + kind);
        detail.add(add);
    }

    private static HorizontalLayout row(PatternsEditor editor, FormFields fields, String pattern, String kind, int index,
            List<String> attributes) {
        String c = pattern + "." + kind + "[" + index + "]";
        Select<String> attribute = fields.select("Attribute", c, "attribute", attributes, false, false);
        Select<String> op = fields.select("Comparison", c, "op", Arrays.stream(Op.values()).map(Op::json).toList(),
                false, false);
        op.setWidth("9rem");
        TextField value = fields.textAs("Constant value", c, "value", node -> node == null || node.isNull() ? "" : node.asString(),
                (condition, text) -> ConditionRows.writeValue(editor.session().doc(), pattern, condition, text));
        value.setPlaceholder("none: a request parameter");
        value.setWidth("14rem"); // wide enough for the whole placeholder
        Button remove = editor.removeButton("Remove condition", doc -> {
            ArrayNode array = JsonPaths.array(doc, pattern + "." + kind);
            array.remove(index);
            if (array.isEmpty()) {
                ((ObjectNode) JsonPaths.get(doc, pattern)).remove(kind);
            }
        });
        HorizontalLayout row = new HorizontalLayout(attribute, op, value, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("ks-row");
        return row;
    }

    /** A constant as its attribute's type has it: {@code 30} for a number, {@code true} for a boolean, else text. */
    private static void writeValue(JsonNode doc, String pattern, ObjectNode condition, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            condition.remove("value");
            return;
        }
        String type = ModelNames.attributeType(doc, JsonPaths.text(doc, pattern + ".entity"), JsonPaths.text(condition, "attribute"));
        if ("number".equals(type) && value.matches("-?\\d+(\\.\\d+)?")) {
            condition.put("value", new java.math.BigDecimal(value));
        } else if ("boolean".equals(type) && (value.equals("true") || value.equals("false"))) {
            condition.put("value", Boolean.parseBoolean(value));
        } else {
            condition.put("value", value); // text that fits no type stays text, so the model's check names it
        }
    }
}
