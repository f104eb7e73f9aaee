package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The seeded items by primary key, to tell which instance a returned item stands for, and where entities are stored. */
final class SeededItems {

    private final Design design;
    private final Map<List<Object>, RenderedItem> byKey = new HashMap<>();
    private final EmbeddedEntries embedded;

    SeededItems(ApplyPlan plan) {
        this(plan.design(), plan.data(), plan.items());
    }

    /** The items of some data (the write sequence's live instances), rendered as the design stores them. */
    SeededItems(Design design, io.keysmith.data.SampleData data, List<RenderedItem> items) {
        this.design = design;
        this.embedded = new EmbeddedEntries(design, data);
        items.forEach(i -> byKey.put(PrimaryKey.of(design, i), i));
    }


    /** The seeded item a returned item is, or null when none was seeded with its key. */
    RenderedItem lookup(PlanRunner.Returned r) {
        Table t = design.tables().stream().filter(x -> x.name().equals(r.table())).findFirst().orElseThrow();
        Map<String, Object> plain = new HashMap<>();
        r.item().forEach((k, v) -> plain.put(k, AttributeValues.plain(v)));
        return byKey.get(PrimaryKey.of(t, plain));
    }

    Design design() {
        return design;
    }

    /** The children stored inside host items, with the seeded ones indexed by host. */
    EmbeddedEntries embedded() {
        return embedded;
    }

    boolean isOf(PlanRunner.Returned r, String entity) {
        RenderedItem item = lookup(r);
        return item != null && item.instance().entity().equals(entity);
    }

    /** The entity an entity is embedded in, or null when it has items of its own. */
    String hostOf(String entity) {
        for (Table t : design.tables()) {
            if (t.items().stream().anyMatch(r -> r.entity().equals(entity) && r.embeddedIn() == null)) {
                return null;
            }
        }
        return design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.entity().equals(entity) && r.embeddedIn() != null).map(ItemRow::embeddedIn)
                .findFirst().orElse(null);
    }
}
