package io.keysmith.live;

import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fills a request's key templates as an application would: from the pattern's parameters, or,
 * for a later request of a multi-request plan, from the items earlier requests returned; and
 * types the filled text by the table's key definitions.
 */
final class KeyValues {

    private KeyValues() {
    }

    /** Values for the templates' placeholders: the parameters, or per earlier item when they name other attributes. */
    static List<Map<String, Object>> fills(PatternPlan request, Map<String, Object> params, List<PlanRunner.Returned> earlier) {
        Set<String> needed = io.keysmith.design.RequestKeys.attributes(request);
        if (params.keySet().containsAll(needed)) {
            return List.of(params);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Map<String, Object>> seen = new LinkedHashSet<>();
        for (PlanRunner.Returned returned : earlier) {
            Map<String, AttributeValue> item = returned.item();
            Map<String, Object> fill = new HashMap<>(params);
            for (String n : needed) {
                if (!fill.containsKey(n) && item.containsKey(n)) {
                    fill.put(n, AttributeValues.plain(item.get(n)));
                }
            }
            if (fill.keySet().containsAll(needed) && seen.add(fill)) {
                out.add(fill);
            }
        }
        return out;
    }

    /** The templates of a key condition: one, or the two ends of a between. */
    static List<String> templates(KeyCondition k) {
        if (k.value() instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(k.value()));
    }

    /** A key template filled and typed; {@code bound} picks the low (0) or high (1) end of a between parameter. */
    static AttributeValue value(Table table, String keyName, String template, Map<String, Object> fill,
            Condition ranged, Integer bound) {
        Map<String, Object> values = new HashMap<>(fill);
        if (ranged != null && bound != null && fill.get(ranged.attribute()) instanceof List<?> range) {
            values.put(ranged.attribute(), range.get(bound));
        }
        String text = KeyTemplate.of(template).fill(values).text();
        if ("N".equals(keyType(table, keyName))) {
            return AttributeValue.fromN(new BigDecimal(text).toPlainString());
        }
        return AttributeValue.fromS(text);
    }

    private static String keyType(Table t, String name) {
        return declaredType(t, name).orElse("S");
    }

    /** The type the table declares for a key attribute of the table or one of its indexes, empty when it is no key. */
    static java.util.Optional<String> declaredType(Table t, String name) {
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(t.partitionKey());
        keys.add(t.sortKey());
        for (SecondaryIndex i : t.globalSecondaryIndexes()) {
            keys.add(i.partitionKey());
            keys.add(i.sortKey());
        }
        for (SecondaryIndex i : t.localSecondaryIndexes()) {
            keys.add(i.sortKey());
        }
        return keys.stream().filter(k -> k != null && k.name().equals(name))
                .map(k -> k.type() == null ? "S" : k.type()).findFirst();
    }
}
