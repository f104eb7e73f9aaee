package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import io.keysmith.design.Projection;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The write units per second that the busiest partition of one layout takes at the model's peak
 * rates: each write pattern's rate times its units (1 KB each; an update that changes the key
 * moves the item: 2 writes), times the share of writes landing on the busiest value of the
 * partition key: all of them for a constant key, the most frequent value's weight for an
 * enumeration (an even split without weights), all creates for a date (every new item carries
 * today). Other attributes are assumed spread over many partitions.
 */
final class PartitionLoad {

    /** The load and the arithmetic behind it, one line per write pattern that contributes. */
    record Load(double units, List<String> terms) {
    }

    private PartitionLoad() {
    }

    static Load writes(DesignState s, Layout l) {
        Entity e = s.entity(l.entity());
        double item = Math.ceil(CapacityRule.size(s, e) / 1024.0);
        Set<String> keyAttrs = new LinkedHashSet<>(l.pkAttrs());
        keyAttrs.addAll(l.finalComps(e));
        if (l.when() != null) {
            keyAttrs.add(l.when().attribute());
        }
        double total = 0;
        List<String> terms = new ArrayList<>();
        for (AccessPattern p : s.writesOf(e.name())) {
            boolean movesKey = p.type() == PatternType.UPDATE && p.setOrEmpty().stream().anyMatch(keyAttrs::contains);
            if (p.type() == PatternType.UPDATE && l.slot() != 0 && !movesKey && !projects(s, l, p)) {
                continue;
            }
            Share share = share(e, l, p.type());
            if (share.fraction() <= 0) {
                continue;
            }
            double writes = movesKey && l.slot() != 0 ? 2 : 1;
            double units = p.rateOrDefault() * item * writes * share.fraction();
            total += units;
            terms.add(String.format(Locale.ROOT, "%s (%s, %s/s) x %.0f unit%s%s%s = %s units/s", p.id(),
                    p.type().json(), number(p.rateOrDefault()), item, item == 1 ? "" : "s",
                    writes == 2 ? " x 2 (the key changes: the index deletes and writes the item)" : "",
                    share.why().isEmpty() ? "" : " x " + share.why(), number(units)));
        }
        return new Load(total, terms);
    }

    /** Whether an update that leaves the key alone still rewrites the index copy (it projects a set attribute). */
    private static boolean projects(DesignState s, Layout l, AccessPattern p) {
        if (l.slot() < 0) {
            return true;
        }
        Projection projection = s.projection(l.slot());
        if ("ALL".equals(projection.type())) {
            return true;
        }
        List<String> included = projection.nonKeyAttributes() == null ? List.of() : projection.nonKeyAttributes();
        return p.setOrEmpty().stream().anyMatch(included::contains);
    }

    private record Share(double fraction, String why) {
    }

    /** The share of one pattern's writes that lands on the busiest partition key value. */
    private static Share share(Entity e, Layout l, PatternType type) {
        double fraction = 1;
        List<String> why = new ArrayList<>();
        for (String a : l.pkAttrs()) {
            Attribute attr = e.attribute(a).orElse(null);
            if (attr == null) {
                return new Share(0, "");
            }
            if (attr.values() != null && !attr.values().isEmpty()) {
                double largest = attr.largestShare();
                fraction *= largest;
                why.add(String.format(Locale.ROOT, "%.0f%% (the most frequent %s)", largest * 100, a));
            } else if (attr.type() == AttributeType.DATE && type == PatternType.CREATE) {
                why.add("100% (every new item has today's " + a + ")");
            } else {
                return new Share(0, "");
            }
        }
        Condition when = l.when();
        if (when != null) {
            Attribute attr = e.attribute(when.attribute()).orElse(null);
            double part = attr == null ? 1 : shareOf(attr, when.value());
            if (part < 1) {
                fraction *= part;
                why.add(String.format(Locale.ROOT, "%.0f%% (%s = %s)", part * 100, when.attribute(), when.value()));
            }
        }
        return new Share(fraction, String.join(" x ", why));
    }

    /** The share of items whose attribute holds the value: its weight, an even split, or 1 when unknown. */
    private static double shareOf(Attribute attr, Object value) {
        List<Object> values = attr.values();
        if (values == null || values.isEmpty()) {
            return 1;
        }
        int i = values.stream().map(String::valueOf).toList().indexOf(String.valueOf(value));
        if (i < 0) {
            return 1;
        }
        if (attr.weights() != null && attr.weights().size() == values.size()) {
            double total = attr.weights().stream().mapToDouble(w -> w == null ? 0 : Math.max(0, w)).sum();
            Double w = attr.weights().get(i);
            return total <= 0 || w == null ? 1.0 / values.size() : Math.max(0, w) / total;
        }
        return 1.0 / values.size();
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }
}
