package io.keysmith.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The item collections of a design: layouts of different entities that write the same partition
 * key (same table, key slot and partition prefix), in the order their sort keys sort.
 */
public final class Partitions {

    /**
     * The character after the {@code #} separator: {@code X$} sorts after every key that starts
     * with {@code X#}, whatever follows, and before {@code X} continued by a letter, digit or
     * {@code _}, so it closes a range of sort keys exactly.
     */
    public static final String END = "$";

    private Partitions() {
    }

    /** Every layout sharing the partitions of {@code l}, including itself, in sort key order. */
    public static List<Layout> members(DesignState s, Layout l) {
        List<Layout> out = new ArrayList<>();
        for (var e : s.entities()) {
            Layout o = s.layout(e.name(), l.slot());
            if (o != null && o.pkPrefix().equals(l.pkPrefix())
                    && Objects.equals(s.tableOf(o.entity()), s.tableOf(l.entity()))) {
                out.add(o);
            }
        }
        out.sort(order(s));
        return out;
    }

    /** Sort key order of layouts in one partition: by their literal start, as DynamoDB compares them. */
    public static Comparator<Layout> order(DesignState s) {
        return Comparator.comparing((Layout l) -> Keys.sortPrefix(s, l) + "#").thenComparing(Layout::entity);
    }

    /** The lowest sort key of the layout's items: its literal start. */
    public static String low(DesignState s, Layout l) {
        return Keys.sortPrefix(s, l);
    }

    /** A value at or above every sort key of the layout's items and below the next entity's. */
    public static String high(DesignState s, Layout l) {
        String prefix = Keys.sortPrefix(s, l);
        return l.finalComps(s.entity(l.entity())).isEmpty() ? prefix : prefix + END;
    }
}
