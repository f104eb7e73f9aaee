package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Expressions;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Lookup;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans create, update and delete patterns: PutItem/UpdateItem/DeleteItem on the base key with
 * conditions, or TransactWriteItems when lookup items for unique attributes must change too.
 */
final class WritePlanRule implements Rule {

    @Override
    public String id() {
        return "write-plans";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            Entity e = s.entity(p.entity());
            if (p.isRead() || e == null) {
                continue;
            }
            PatternPlan plan = plan(s, p, e);
            s.plans().put(p.id(), plan);
            changes.add(p.id() + ": " + plan.verdict());
        }
        s.step(id(), !changes.isEmpty(), "Plans for writes",
                changes.isEmpty() ? "Not applicable because the model has no create, update or delete pattern."
                        : "Writes go to the base table key; conditions keep creates from overwriting and updates from"
                                + " creating. DynamoDB indexes only the key attributes the application writes, so each plan's"
                                + " program rewrites every index key built from what it changes (and removes a sparse key"
                                + " whose condition no longer holds), and moves uniqueness markers in the same transaction.",
                null, null, changes);
    }

    private static PatternPlan plan(DesignState s, AccessPattern p, Entity e) {
        if (s.embedding(e.name()) != null) {
            return EmbeddedWrites.plan(s, p, e, s.embedding(e.name()));
        }
        Layout base = s.layout(e.name(), 0);
        String table = TableNames.tableFor(s, e.name());
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put("PK", new KeyCondition("=", Keys.pkTemplate(base)));
        key.put("SK", new KeyCondition("=", Keys.skTemplate(s, base)));
        List<Lookup> lookups = s.lookupsOf(e.name());
        String extra = extraWrites(s, e);
        switch (p.type()) {
            case CREATE -> {
                if (lookups.isEmpty()) {
                    return plan(p, table, "PutItem", key, "attribute_not_exists(PK)", null,
                            "PutItem on the base key, refused when the item exists" + extra);
                }
                return plan(p, table, "TransactWriteItems", key, "attribute_not_exists(PK)", null,
                        "TransactWriteItems: the item and " + lookups.size() + " lookup item(s) for "
                                + String.join(", ", lookups.stream().map(Lookup::attribute).toList())
                                + ", each with attribute_not_exists(PK) so a duplicate fails the whole write" + extra);
            }
            case UPDATE -> {
                List<String> unique = lookups.stream().map(Lookup::attribute).filter(p.setOrEmpty()::contains).toList();
                String cover = covered(p, base, e);
                String op = unique.isEmpty() ? "UpdateItem" : "TransactWriteItems";
                String verdict = (unique.isEmpty() ? "UpdateItem on the base key"
                        : "TransactWriteItems: update the item, delete the old and put the new lookup item for "
                                + String.join(", ", unique)) + ", only if the item exists" + extra;
                if (cover != null) {
                    verdict = "needs the key first (" + cover + "): read it with a query on the pattern's attributes, then "
                            + verdict;
                }
                return plan(p, table, op, key, "attribute_exists(PK)", Expressions.update(p.setOrEmpty()), verdict);
            }
            case DELETE -> {
                String cover = covered(p, base, e);
                String op = lookups.isEmpty() ? "DeleteItem" : "TransactWriteItems";
                String verdict = (lookups.isEmpty() ? "DeleteItem on the base key"
                        : "TransactWriteItems: delete the item and its lookup items") + extra;
                if (cover != null) {
                    verdict = "needs the key first (" + cover + "), then " + verdict;
                }
                return plan(p, table, op, key, null, null, verdict);
            }
            default -> throw new IllegalStateException("not a write: " + p.type());
        }
    }

    /** Null when the pattern's = attributes give the whole base key, else what is missing. */
    static String covered(AccessPattern p, Layout base, Entity e) {
        Set<String> eq = new HashSet<>();
        for (Condition c : p.whereOrEmpty()) {
            if (c.op() == Op.EQ) {
                eq.add(c.attribute());
            }
        }
        List<String> needed = new ArrayList<>(base.pkAttrs());
        needed.addAll(base.finalComps(e));
        List<String> missing = needed.stream().filter(a -> !eq.contains(a)).toList();
        return missing.isEmpty() ? null : "the key also holds " + String.join(", ", missing);
    }

    static String extraWrites(DesignState s, Entity e) {
        List<String> indexes = s.layoutsOf(e.name()).stream().filter(l -> l.slot() != 0).map(Layout::describe).toList();
        return indexes.isEmpty() ? "" : "; DynamoDB also writes " + String.join(", ", indexes);
    }

    private static PatternPlan plan(AccessPattern p, String table, String op, Map<String, KeyCondition> key,
            String condition, String update, String verdict) {
        return new PatternPlan(p.id(), table, null, op, key, null, null, null, null, condition, update, null, null,
                null, "write-plans", verdict, null);
    }
}
