package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.ItemRenderer;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Table;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders one template of a write program into the value a request sends, typed exactly as the
 * seed renders items, so that a program's item and a seeded item of the same instance are equal:
 * a key attribute of the table or an index by its declared type ({@link ItemRenderer#key}),
 * another attribute's bare {@code {attr}} keeps the value's own type, a composite template is
 * text. Empty when a placeholder names an absent value.
 */
final class TemplateValues {

    private TemplateValues() {
    }

    static Optional<AttributeValue> of(Table table, String attribute, String template, Map<String, Object> values) {
        KeyTemplate t = KeyTemplate.of(template);
        Optional<String> declared = attribute == null ? Optional.empty() : KeyValues.declaredType(table, attribute);
        if (declared.isPresent()) {
            return ItemRenderer.key(t, new Instance("", values), declared.get()).map(AttributeValues::of);
        }
        if (t.isBareAttribute()) {
            return Optional.ofNullable(values.get(t.attributes().get(0))).map(AttributeValues::of);
        }
        return t.render(values).map(AttributeValue::fromS);
    }

    /** The text of a template (a map entry's key in a path), empty when a value is absent. */
    static Optional<String> text(String template, Map<String, Object> values) {
        return KeyTemplate.of(template).render(values);
    }
}
