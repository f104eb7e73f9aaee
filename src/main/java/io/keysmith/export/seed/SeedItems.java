package io.keysmith.export.seed;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Table;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates sample items for a design: instances of the model's entities rendered through the design's key templates. */
public final class SeedItems {

    private SeedItems() {
    }

    public static List<SeedItem> generate(Model model, Design design, int count, long seed) {
        List<SeedItem> items = new ArrayList<>();
        int perEntity = Math.max(1, count / Math.max(1, model.entities().size()));
        for (Entity entity : model.entities()) {
            for (int n = 0; n < perEntity; n++) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (var a : entity.attributes()) {
                    values.put(a.name(), a.name() + "-" + seed + "-" + n);
                }
                for (Table table : design.tables()) {
                    for (ItemRow row : table.items()) {
                        if (entity.name().equals(row.entity()) && row.embeddedIn() == null) {
                            Map<String, Object> item = new LinkedHashMap<>();
                            row.keys().forEach((k, t) -> KeyTemplate.of(t).render(values).ifPresent(v -> item.put(k, v)));
                            values.forEach(item::putIfAbsent);
                            items.add(new SeedItem(table.name(), row, item));
                        }
                    }
                }
            }
        }
        return items;
    }
}
