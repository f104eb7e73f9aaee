package io.keysmith.design.capacity;

import java.util.Locale;

/** Rounding and wording of capacity figures, the same everywhere they are shown. */
public final class Units {

    private Units() {
    }

    public static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    /** An item count as a reader expects it: whole numbers with separators, fractions to one decimal. */
    public static String count(double items) {
        return items == Math.rint(items) || items >= 100 ? String.format(Locale.ROOT, "%,.0f", items)
                : String.format(Locale.ROOT, "%.1f", items);
    }
}
