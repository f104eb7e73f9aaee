package io.keysmith.design.rules;

import io.keysmith.design.Denormalization;
import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.RequestKeys;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extra request of a pattern whose included entity lives in another partition. Its key
 * templates name attributes of the items the first request returned (a foreign key fills the
 * parent's identifier), so the application can fill them: a BatchGetItem when the base key can
 * be filled, else a Query per item on an index whose key can, else the missing key attributes
 * are copied into the first request's items (a denormalization).
 */
final class IncludeRequests {

    private IncludeRequests() {
    }

    static PatternPlan request(DesignState s, Need n, String inc) {
        PatternPlan out = build(s, n, inc);
        Set<String> key = RequestKeys.attributes(out);
        if (!key.isEmpty() && n.eqAttributes().containsAll(key)) {
            // the runners fill the key from the request's values first: one read, found even when the first finds nothing
            boolean query = "Query".equals(out.operation());
            return out.withVerdict(out.operation() + " of the " + inc + (query ? " items" : "") + " by the key the request's "
                    + String.join(", ", key) + (key.size() == 1 ? " fills" : " fill") + ": one " + (query ? "Query" : "key")
                    + ", whatever the first request found");
        }
        return out;
    }

    private static PatternPlan build(DesignState s, Need n, String inc) {
        Entity target = s.entity(inc);
        String table = TableNames.tableFor(s, inc);
        String id = n.id() + "." + inc;
        if (target == null) {
            return new PatternPlan(id, table, null, "BatchGetItem", null, null, null, null, null, null,
                    null, null, null, null, "include-request", inc + " is not an entity of the model", null);
        }
        Map<String, String> names = names(s, n.entity().name(), inc);
        String source = n.entity().name();
        Layout base = s.layout(inc, 0);
        if (names == null || fills(s, base, names, true)) {
            return read(s, id, table, base, names == null ? Map.of() : names, true, "BatchGetItem of the " + inc
                    + " items by the keys the " + source + " items hold");
        }
        for (Layout l : s.layoutsOf(inc)) {
            if (l.slot() > 0 && l.when() == null && fills(s, l, names, true)) {
                return read(s, id, table, l, names, true, "one Query per " + source + " item on " + l.indexName()
                        + ", whose key the " + source + " item can fill (BatchGetItem reads only the base table)");
            }
        }
        for (Layout l : s.layoutsOf(inc)) {
            if (l.slot() >= 0 && l.when() == null && fills(s, l, names, false)) {
                return read(s, id, table, l, names, false, "one Query per " + source + " item for its " + inc + " items"
                        + (l.slot() == 0 ? "" : " on " + l.indexName()));
            }
        }
        List<String> missing = new ArrayList<>(base.pkAttrs());
        missing.addAll(base.finalComps(target));
        missing.removeIf(names::containsKey);
        boolean stable = missing.stream().allMatch(a -> s.stable(inc, a));
        s.denormalizations().add(new Denormalization("duplicate-key", source, missing, inc, List.of(n.id()),
                n.id() + " reads " + inc + " by its base key, which holds " + String.join(", ", missing)
                        + " that a " + source + " item lacks; each " + source + " item keeps a copy of them",
                stable ? "no extra writes: they are part of " + inc + "'s key and never change; each " + source
                        + " item grows by their size" : "every change of them must rewrite the " + source + " copies"));
        return read(s, id, table, base, names, true, "BatchGetItem of the " + inc + " items by the keys the " + source
                + " items hold, with " + String.join(", ", missing) + " copied into them");
    }

    /**
     * The included entity's attributes named by the source's attributes that hold the same values
     * (a foreign key and the parent's identifier), or null when no relationship links them.
     */
    static Map<String, String> names(DesignState s, String source, String inc) {
        for (DesignState.Link link : s.parentLinks(source)) {
            if (link.parent().equals(inc)) {
                Map<String, String> out = new LinkedHashMap<>();
                for (int i = 0; i < link.parentIds().size(); i++) {
                    out.put(link.parentIds().get(i), link.foreignKey().get(i));
                }
                return out;
            }
        }
        for (DesignState.Link link : s.parentLinks(inc)) {
            if (link.parent().equals(source)) {
                Map<String, String> out = new LinkedHashMap<>();
                for (int i = 0; i < link.foreignKey().size(); i++) {
                    out.put(link.foreignKey().get(i), link.parentIds().get(i));
                }
                return out;
            }
        }
        return null;
    }

    private static boolean fills(DesignState s, Layout l, Map<String, String> names, boolean fullKey) {
        if (l == null || !names.keySet().containsAll(l.pkAttrs())) {
            return false;
        }
        return !fullKey || names.keySet().containsAll(l.finalComps(s.entity(l.entity())));
    }

    private static PatternPlan read(DesignState s, String id, String table, Layout l, Map<String, String> names,
            boolean fullKey, String verdict) {
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put(l.pkName(), new KeyCondition("=", Keys.rename(Keys.pkTemplate(l), names)));
        boolean bare = l.finalComps(s.entity(l.entity())).isEmpty();
        if (fullKey || bare) {
            key.put(l.skName(), new KeyCondition("=", Keys.rename(Keys.skTemplate(s, l), names)));
        } else {
            key.put(l.skName(), new KeyCondition("begins_with", Keys.sortPrefix(s, l) + "#"));
        }
        boolean batch = l.slot() == 0 && fullKey;
        return new PatternPlan(id, table, l.indexName(), batch ? "BatchGetItem" : "Query", key, null, null, null, null,
                null, null, null, null, null, "include-request", verdict, null);
    }
}
