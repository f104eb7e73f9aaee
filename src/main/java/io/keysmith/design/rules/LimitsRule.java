package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Warning;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks DynamoDB's limits (20 GSIs and 5 LSIs per table, 400 KB items, key sizes, names) and
 * records every breach as an error warning, so a design that breaks one is never shown as valid.
 */
final class LimitsRule implements Rule {

    static final int MAX_ITEM_BYTES = 400 * 1024;
    static final int MAX_PK_BYTES = 2048;
    static final int MAX_SK_BYTES = 1024;
    /** Room reserved per placeholder when estimating key length. */
    static final int PLACEHOLDER_BYTES = 100;

    @Override
    public String id() {
        return "limits";
    }

    @Override
    public void apply(DesignState s) {
        List<String> problems = new ArrayList<>();
        if (s.gsiCount() > DesignState.MAX_GSIS) {
            problems.add(error(s, "gsi-limit", "table", s.gsiCount() + " GSIs; DynamoDB allows 20 per table"));
        }
        if (s.lsiCount() > DesignState.MAX_LSIS) {
            problems.add(error(s, "lsi-limit", "table", s.lsiCount() + " LSIs; DynamoDB allows 5 per table"));
        }
        for (Entity e : s.entities()) {
            int size = CapacityRule.size(e);
            for (DesignState.Embedding x : s.embeddedIn(e.name())) {
                size += x.maxChildren() * CapacityRule.size(s.entity(x.child()));
            }
            if (size > MAX_ITEM_BYTES) {
                problems.add(error(s, "item-size", e.name(), e.name() + " items of " + size + " bytes exceed the 400 KB item limit"));
            }
            for (Layout l : s.layoutsOf(e.name())) {
                int pk = estimate(Keys.pkTemplate(l));
                int sk = estimate(Keys.skTemplate(s, l));
                if (pk > MAX_PK_BYTES || sk > MAX_SK_BYTES) {
                    problems.add(error(s, "key-size", e.name(), e.name() + "'s key in " + l.describe()
                            + " may exceed DynamoDB's key size (2048 bytes partition, 1024 bytes sort)"));
                }
            }
        }
        if (s.lsiCount() > 0 && s.entities().stream().anyMatch(e -> e.count() != null && e.count() * (long) CapacityRule.size(e) > 10_000_000_000L)) {
            s.warnings().add(new Warning("lsi-collection-size", "info", "table",
                    "with an LSI, each item collection (partition key value) is limited to 10 GB", null));
        }
        s.step(id(), !problems.isEmpty(), "DynamoDB limits",
                problems.isEmpty() ? "Every limit holds: at most 20 GSIs and 5 LSIs, items under 400 KB, keys within 2048/1024 bytes,"
                        + " valid table and index names. Expressions use #name placeholders, so reserved words are safe."
                        : "The design breaks DynamoDB limits; it is not valid until they are fixed.",
                null, null, problems);
    }

    private static String error(DesignState s, String code, String target, String message) {
        s.warnings().add(new Warning(code, "error", target, message, null));
        return message;
    }

    private static int estimate(String template) {
        int placeholders = template.split("\\{", -1).length - 1;
        return template.replaceAll("\\{[^}]*}", "").length() + placeholders * PLACEHOLDER_BYTES;
    }
}
