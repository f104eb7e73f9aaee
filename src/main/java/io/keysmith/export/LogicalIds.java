package io.keysmith.export;

import java.util.Set;

/**
 * Identifiers made from table and index names for CloudFormation logical ids, CDK construct ids
 * and class names: ASCII letters and digits in PascalCase, starting with a letter, unique among
 * those already taken.
 */
public final class LogicalIds {

    private LogicalIds() {
    }

    /** {@code orders-v2} gives {@code OrdersV2}; a second {@code orders_v2} gives {@code OrdersV22}. */
    public static String unique(String name, Set<String> taken) {
        StringBuilder id = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String base = id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "Table" + id : id.toString();
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
