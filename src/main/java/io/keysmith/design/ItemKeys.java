package io.keysmith.design;

import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key templates of one entity in each key slot it has, named as the design document names
 * them; shared by the assembler and the Learn walkthrough so both show the same keys.
 */
final class ItemKeys {

    /**
     * The keys of one layout: the partition key is null for an LSI (it shares the table's), the
     * sort key null for a natural key without one; {@code natural} is set when natural names are used.
     */
    record SlotKeys(Layout layout, String partitionName, String partition, String sortName, String sort,
            PresentWhen when, NaturalKeys.Names natural) {
    }

    private ItemKeys() {
    }

    /** The entity's keys in slot order; natural names (multi-table style) only when {@code natural}. */
    static List<SlotKeys> of(DesignState s, Entity e, boolean natural) {
        List<SlotKeys> out = new ArrayList<>();
        for (Layout l : s.layoutsOf(e.name())) {
            NaturalKeys.Names names = natural ? NaturalKeys.of(s, l) : null;
            if (names != null) {
                out.add(new SlotKeys(l, names.partitionKey(), "{" + names.partitionKey() + "}", names.sortKey(),
                        names.sortKey() == null ? null : "{" + names.sortKey() + "}", null, names));
                continue;
            }
            PresentWhen when = l.when() == null ? null : new PresentWhen(l.when().attribute(), "=", l.when().value());
            out.add(new SlotKeys(l, l.isLsi() ? null : l.pkName(), l.isLsi() ? null : Keys.pkTemplate(l), l.skName(),
                    Keys.skTemplate(s, l), when, null));
        }
        return out;
    }

    /** The keys as one map from key attribute to template, as an item row of the design holds them. */
    static Map<String, String> flat(List<SlotKeys> slots) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (SlotKeys k : slots) {
            if (k.partitionName() != null) {
                keys.put(k.partitionName(), k.partition());
            }
            if (k.sortName() != null) {
                keys.put(k.sortName(), k.sort());
            }
        }
        return keys;
    }
}
