package io.keysmith.export.electrodb;

import static io.keysmith.export.electrodb.PatternCalls.lit;
import static io.keysmith.export.electrodb.PatternCalls.object;

import io.keysmith.design.KeyTemplate;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ElectroDB calls of one write pattern, as TypeScript statements. A create writes the item and
 * its uniqueness markers in one transaction (a taken value refuses it); an update reads the item,
 * puts it back with the new values so that ElectroDB recomputes every key (index keys that move,
 * sparse keys its conditions add or drop; a patch leaves constant keys and unread conditions
 * behind) and moves each marker whose value changed in the same transaction; a delete removes
 * the item and releases its markers. Copies of the item elsewhere are not kept.
 */
final class PatternWrites {

    private final ElectroEntities entities;
    private final Model model;

    PatternWrites(ElectroEntities entities, Model model) {
        this.entities = entities;
        this.model = model;
    }

    List<String> write(AccessPattern p) {
        ElectroEntity e = entities.item(p.entity());
        if (e == null) {
            throw new ElectroDbNotExpressible("no ElectroDB entity holds " + p.entity());
        }
        List<ElectroEntity> markers = entities.entities().stream().filter(m -> m.marker() && m.entity().equals(p.entity())).toList();
        List<String> lines = new ArrayList<>();
        String what = lit(p.id());
        switch (p.type()) {
            case CREATE -> {
                if (markers.isEmpty()) {
                    lines.add("await refusedIfConditionFails(" + what + ", " + e.variable() + ".create(toElectro("
                            + lit(e.variable()) + ", params)).go());");
                } else {
                    List<String> parts = new ArrayList<>();
                    parts.add("t." + e.variable() + ".create(toElectro(" + lit(e.variable()) + ", params)).commit()");
                    for (ElectroEntity m : markers) {
                        parts.add("t." + m.variable() + ".create(" + markerItem(m, "params", null) + ").commit()");
                    }
                    lines.add("await transact(" + what + ", (t) => [");
                    parts.forEach(x -> lines.add("  " + x + ","));
                    lines.add("]);");
                }
            }
            case UPDATE -> update(p, e, markers, lines);
            case DELETE -> {
                String key = key(e, p);
                if (markers.isEmpty()) {
                    lines.add("await refusedIfConditionFails(" + what + ", " + e.variable() + ".remove(" + key + ").go());");
                } else {
                    read(e, key, what, lines);
                    lines.add("await transact(" + what + ", (t) => [");
                    lines.add("  t." + e.variable() + ".remove(" + key + ").commit(),");
                    for (ElectroEntity m : markers) {
                        lines.add("  t." + m.variable() + ".delete(" + markerKey(m, e, "current") + ").commit(),");
                    }
                    lines.add("]);");
                }
            }
            default -> throw new ElectroDbNotExpressible("not a write");
        }
        lines.add("return [];");
        return lines;
    }

    private void update(AccessPattern p, ElectroEntity e, List<ElectroEntity> markers, List<String> lines) {
        String what = lit(p.id());
        String key = key(e, p);
        read(e, key, what, lines);
        Map<String, String> set = new LinkedHashMap<>();
        p.setOrEmpty().forEach(a -> set.put(a, "params[" + lit(a) + "]"));
        lines.add("const next = { ...current, ...toElectro(" + lit(e.variable()) + ", " + object(set) + ") };");
        // a set attribute of the table's key moves the item: the old one goes, the new one must not exist
        Set<String> moving = new LinkedHashSet<>(keyAttributes(e));
        moving.retainAll(p.setOrEmpty());
        List<String> parts = new ArrayList<>();
        List<String> keyed = keyAttributes(e);
        // put would also create a missing item: the update, like the design's, needs it to exist
        String exists = keyed.isEmpty() ? "" : ".where((a: any, o: any) => o.exists(a[" + lit(e.names().get(keyed.get(0))) + "]))";
        if (moving.isEmpty()) {
            parts.add("t." + e.variable() + ".put(next)" + exists + ".commit()");
        } else {
            parts.add("...(" + changed(e, e, moving) + " ? [t." + e.variable() + ".remove(" + key + ").commit(), t."
                    + e.variable() + ".create(next).commit()] : [t." + e.variable() + ".put(next)" + exists + ".commit()])");
        }
        for (ElectroEntity m : markers) {
            Set<String> held = new LinkedHashSet<>(m.attributes());
            held.retainAll(p.setOrEmpty());
            if (held.isEmpty()) {
                continue;
            }
            parts.add("...(" + changed(m, e, new LinkedHashSet<>(keyAttributes(m))) + " ? [t." + m.variable() + ".delete(" + markerKey(m, e, "current")
                    + ").commit(), t." + m.variable() + ".create(" + markerItem(m, "next", e) + ").commit()] : [t."
                    + m.variable() + ".put(" + markerItem(m, "next", e) + ").commit()])");
        }
        if (parts.size() == 1 && moving.isEmpty()) {
            lines.add("await refusedIfConditionFails(" + what + ", " + e.variable() + ".put(next)" + exists + ".go());");
            return;
        }
        lines.add("await transact(" + what + ", (t) => [");
        parts.forEach(x -> lines.add("  " + x + ","));
        lines.add("]);");
    }

    /** Reads the item into {@code current} (ElectroDB's names); a missing item refuses the write, as the design's plan does. */
    private static void read(ElectroEntity e, String key, String what, List<String> lines) {
        lines.add("const current = (await " + e.variable() + ".get(" + key + ").go(GET)).data;");
        lines.add("if (current === null) {");
        lines.add("  throw new Refused(" + what + " + \": no " + e.entity().replace("\\", "").replace("\"", "") + " under the key\");");
        lines.add("}");
    }

    /** Whether any of the attributes differs between {@code current} and {@code next} (the item's names). */
    private static String changed(ElectroEntity m, ElectroEntity item, Set<String> attributes) {
        List<String> out = new ArrayList<>();
        for (String a : attributes) {
            String name = lit(itemName(item, a, m));
            out.add("current[" + name + "] !== next[" + name + "]");
        }
        return out.isEmpty() ? "false" : "(" + String.join(" || ", out) + ")";
    }

    /** The marker's item built from an object of the item's (or, without {@code item}, the model's) names. */
    private static String markerItem(ElectroEntity m, String from, ElectroEntity item) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String a : m.attributes()) {
            values.put(a, from + "[" + lit(item == null ? a : itemName(item, a, m)) + "]");
        }
        return "toElectro(" + lit(m.variable()) + ", " + object(values) + ")";
    }

    /** The marker's key composites from an item object in the item's names ({@code current}). */
    private static String markerKey(ElectroEntity m, ElectroEntity item, String from) {
        Map<String, String> key = new LinkedHashMap<>();
        ElectroEntity.Index primary = m.index(null);
        for (KeyTemplate t : primary.sk() == null ? List.of(primary.pk()) : List.of(primary.pk(), primary.sk())) {
            for (KeyTemplate.Part part : t.parts()) {
                if (part instanceof KeyTemplate.Placeholder ph) {
                    String raw = from + "[" + lit(itemName(item, ph.attribute(), m)) + "]";
                    key.put(m.composite(ph), ph.pad() == 0 ? raw : "keysmithNumber(" + raw + ", " + ph.pad() + ")");
                }
            }
        }
        return object(key);
    }

    private static String itemName(ElectroEntity item, String attribute, ElectroEntity marker) {
        String name = item.names().get(attribute);
        if (name == null) {
            throw new ElectroDbNotExpressible(marker.variable() + " holds " + attribute + ", which " + item.variable()
                    + " does not");
        }
        return name;
    }

    private static List<String> keyAttributes(ElectroEntity e) {
        ElectroEntity.Index primary = e.index(null);
        List<String> out = new ArrayList<>(primary.pk().attributes());
        if (primary.sk() != null) {
            primary.sk().attributes().stream().filter(a -> !out.contains(a)).forEach(out::add);
        }
        return out;
    }

    /** The item's key from the caller's identifiers; a key naming any other attribute needs a read the caller cannot key. */
    private String key(ElectroEntity e, AccessPattern p) {
        Entity entity = model.entity(p.entity()).orElseThrow();
        Map<String, String> key = new LinkedHashMap<>();
        ElectroEntity.Index primary = e.index(null);
        for (KeyTemplate t : primary.sk() == null ? List.of(primary.pk()) : List.of(primary.pk(), primary.sk())) {
            for (KeyTemplate.Part part : t.parts()) {
                if (part instanceof KeyTemplate.Placeholder ph) {
                    if (!entity.identifierNames().contains(ph.attribute())) {
                        throw new ElectroDbNotExpressible("the item's key needs " + ph.attribute()
                                + ", which the caller does not give: read the item first (the design's plan does)");
                    }
                    String raw = "params[" + lit(ph.attribute()) + "]";
                    key.put(e.composite(ph), ph.pad() == 0 ? raw : "keysmithNumber(" + raw + ", " + ph.pad() + ")");
                }
            }
        }
        return object(key);
    }
}
