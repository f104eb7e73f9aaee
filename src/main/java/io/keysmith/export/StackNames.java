package io.keysmith.export;

import io.keysmith.design.Design;
import io.keysmith.design.Table;
import java.util.List;

/** The name a stack or template of the whole design goes by: its one table's, or what its tables' names share. */
public final class StackNames {

    private StackNames() {
    }

    /** The table's name for one table; for several (multi-table style) their common prefix, say OnlineShop for OnlineShop-Order. */
    public static String of(Design design) {
        List<String> names = design.tables().stream().map(Table::name).filter(n -> n != null && !n.isEmpty()).toList();
        if (names.isEmpty()) {
            return null;
        }
        String common = names.get(0);
        for (String n : names) {
            int i = 0;
            while (i < common.length() && i < n.length() && common.charAt(i) == n.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        common = common.replaceAll("[-_.]+$", "");
        return names.size() == 1 || common.length() < 3 ? names.get(0) : common;
    }
}
