package io.keysmith.live;

import io.keysmith.data.RenderedItem;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * What an apply will do, shown before it does it: per table the action, keys, indexes and TTL,
 * and the sample data to load. {@code collisions} counts generated items whose primary key
 * another item already has (a design whose keys do not tell items apart).
 */
public record ApplyPlan(String target, Model model, Design design, List<TableAction> actions, SampleData data,
        List<RenderedItem> items, int collisions) {

    public boolean refused() {
        return actions.stream().anyMatch(TableAction::refused);
    }

    /** The plan as lines of text for the CLI and the web app. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Target: " + target);
        for (TableAction a : actions) {
            Table t = a.table();
            lines.add("Table " + t.name() + ": " + a.kind().name().toLowerCase() + (a.reason() == null ? "" : " (" + a.reason() + ")"));
            lines.add("  key: " + key(t.partitionKey(), t.sortKey()) + ", billing " + (t.billingMode() == null ? BillingMode.PAY_PER_REQUEST : t.billingMode()).json());
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                lines.add("  GSI " + i.name() + ": " + key(i.partitionKey(), i.sortKey()) + ", projection " + projection(i));
            }
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                lines.add("  LSI " + i.name() + ": " + key(i.partitionKey() == null ? t.partitionKey() : i.partitionKey(), i.sortKey())
                        + ", projection " + projection(i));
            }
            lines.add("  TTL: " + (t.ttlAttribute() == null ? "none" : t.ttlAttribute()));
        }
        lines.add("Seed: " + data.size() + " instances of " + data.byEntity().size() + " entities -> " + items.size() + " items"
                + (collisions == 0 ? "" : " (" + collisions + " generated items share a primary key with another and were dropped)"));
        return lines;
    }

    private static String key(io.keysmith.design.KeyAttribute pk, io.keysmith.design.KeyAttribute sk) {
        return pk.name() + " (" + pk.type() + ")" + (sk == null ? "" : " + " + sk.name() + " (" + sk.type() + ")");
    }

    private static String projection(SecondaryIndex i) {
        return i.projection() == null || i.projection().type() == null ? "ALL" : i.projection().type()
                + (i.projection().nonKeyAttributes() == null ? "" : " " + i.projection().nonKeyAttributes());
    }
}
