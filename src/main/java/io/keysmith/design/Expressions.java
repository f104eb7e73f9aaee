package io.keysmith.design;

import io.keysmith.model.Condition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Filter, condition and update expression text with #name/:value placeholders (safe for reserved words). */
public final class Expressions {

    private Expressions() {
    }

    public static String filter(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Condition c : conditions) {
            String n = "#" + c.attribute();
            String v = ":" + c.attribute();
            parts.add(switch (c.op()) {
                case EQ -> n + " = " + v;
                case LT -> n + " < " + v;
                case LE -> n + " <= " + v;
                case GT -> n + " > " + v;
                case GE -> n + " >= " + v;
                case BETWEEN -> n + " BETWEEN " + v + "Low AND " + v + "High";
                case BEGINS_WITH -> "begins_with(" + n + ", " + v + ")";
            });
        }
        return String.join(" AND ", parts);
    }

    /**
     * The attributes a filter expression compares with a range ({@code #name <}, {@code >=},
     * {@code BETWEEN}...). A where attribute that a key condition names and the filter ranges on
     * too is rechecked by the filter: its key range was widened so that it cannot miss a match.
     */
    public static Set<String> ranged(String filterExpression) {
        Set<String> out = new LinkedHashSet<>();
        if (filterExpression != null) {
            Matcher m = RANGED.matcher(filterExpression);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static final Pattern RANGED = Pattern.compile("#([A-Za-z0-9_.-]+) (?:<|<=|>|>=|BETWEEN) ");

    public static String update(List<String> set) {
        if (set.isEmpty()) {
            return null;
        }
        return "SET " + String.join(", ", set.stream().map(a -> "#" + a + " = :" + a).toList());
    }
}
