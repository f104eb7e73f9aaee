package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes of an entity embedded in its host item: an UpdateItem on the host's base key that sets
 * or removes one entry of the map attribute, keyed by the child's identifier.
 */
final class EmbeddedWrites {

    private EmbeddedWrites() {
    }

    static PatternPlan plan(DesignState s, AccessPattern p, Entity child, DesignState.Embedding embedding) {
        Entity host = s.entity(embedding.host());
        Layout base = s.layout(host.name(), 0);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < embedding.link().parentIds().size(); i++) {
            names.put(embedding.link().parentIds().get(i), embedding.link().foreignKey().get(i));
        }
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put("PK", new KeyCondition("=", Keys.rename(Keys.pkTemplate(base), names)));
        key.put("SK", new KeyCondition("=", Keys.rename(Keys.skTemplate(s, base), names)));
        String entry = "#" + embedding.attribute() + ".#" + String.join("_", embedding.entryKey(child));
        String update = switch (p.type()) {
            case DELETE -> "REMOVE " + entry;
            case UPDATE -> "SET " + String.join(", ", p.setOrEmpty().stream().map(a -> entry + ".#" + a + " = :" + a).toList());
            default -> "SET " + entry + " = :" + embedding.attribute().replaceAll("[^A-Za-z0-9_]", "") + "Entry";
        };
        List<String> hostKey = new java.util.ArrayList<>(base.pkAttrs());
        hostKey.addAll(base.finalComps(host));
        List<String> missing = hostKey.stream().map(a -> names.getOrDefault(a, a))
                .filter(a -> p.whereOrEmpty().stream().noneMatch(c -> c.attribute().equals(a))).toList();
        String verdict = "UpdateItem on the " + host.name() + " item: " + update + " (" + child.name() + " is embedded in"
                + " map " + embedding.attribute() + ")" + WritePlanRule.extraWrites(s, host);
        if (!missing.isEmpty() && p.type() != io.keysmith.model.PatternType.CREATE) {
            verdict = "needs the " + host.name() + " key first (the key also holds " + String.join(", ", missing) + "), then "
                    + verdict;
        }
        return new PatternPlan(p.id(), TableNames.tableFor(s, host.name()), null, "UpdateItem", key, null, null, null, null,
                "attribute_exists(PK)", update, null, null, null, "embed-bounded-children", verdict, null);
    }
}
