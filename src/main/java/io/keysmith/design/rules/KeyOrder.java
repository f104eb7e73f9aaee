package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Warning;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import java.util.List;

/**
 * Says when a composite sort key cannot keep the order of the value a read ranges or sorts on:
 * a declared number wider than the padding ({@code {attr:0N}} keeps negative numbers and decimals
 * in order, see {@code KeyTemplate.padded}), and a text value followed by {@code #}
 * and a tiebreaker sorts out of place when it holds a character below {@code #} (a space:
 * {@code Smith Jr#1} sorts before {@code Smith#2}).
 */
final class KeyOrder {

    private KeyOrder() {
    }

    /**
     * Adds a warning when the sort key comparing {@code comps[at]} cannot keep its order for every
     * value. {@code rechecked}: the plan widened the key range and filters on the value
     * ({@link RangeRecheck}), so the items are exact and only the order of the results is left.
     */
    static void warn(DesignState s, Need n, Layout l, List<String> comps, int at, boolean rechecked) {
        String attr = n.sortAttribute();
        if (attr == null || at >= comps.size() || !comps.get(at).equals(attr)) {
            return;
        }
        Entity e = n.entity();
        Attribute a = e.attribute(attr).orElse(null);
        if (a == null) {
            return;
        }
        String where = l.skName() + " " + Keys.skTemplate(s, l);
        String message = null;
        String remedy = null;
        boolean padded = a.type() == AttributeType.NUMBER && Keys.placeholder(s, e, attr).contains(":0");
        if (padded && widerThanPad(a)) {
            message = n.id() + " compares " + e.name() + "." + attr + " in " + where + " as text padded to "
                    + Keys.NUMBER_PAD + " integer digits, and a declared value has more: it sorts out of place";
            remedy = "keep the values of " + attr + " below 10^" + Keys.NUMBER_PAD + " or store them scaled down";
        } else if (rechecked) {
            if (n.order() != null && at + 1 < comps.size()) {
                message = n.id() + " reads exactly the " + e.name() + " items of its " + attr + " range (the key range"
                        + " is widened and filtered), but " + comps.get(at + 1) + " follows " + attr + " in " + where
                        + " after '#': a value holding a space or another character that sorts below '#' comes back"
                        + " out of order (\"Smith Jr\" before \"Smith\")";
                remedy = "give " + attr + " values without spaces or punctuation below '#' (a format such as word or"
                        + " username, or declared values), or sort the results after reading them";
            }
        } else if (at + 1 < comps.size() && Keys.mayHoldCharactersBelowSeparator(a) && !unorderedPrefix(n)) {
            message = n.id() + " compares " + e.name() + "." + attr + " in " + where + ", where " + comps.get(at + 1)
                    + " follows it after '#': a value holding a space or another character that sorts below '#'"
                    + " sorts out of place (\"Smith Jr#1\" before \"Smith#2\")";
            remedy = "give " + attr + " values without spaces or punctuation below '#' (a format such as word or"
                    + " username, or declared values), or read it from an index where it ends the sort key";
        }
        Op op = n.range() == null ? null : n.range().op();
        // a padded number is followed by nothing that sorts below '$' ('.', digits, '~'): its > bound is exact
        if (message == null && !rechecked && at + 1 == comps.size() && (op == Op.LT || op == Op.GT && !padded)) {
            message = n.id() + " asks for " + attr + " " + op.json() + " a bound on " + where + ", which " + attr
                    + " ends: the inclusive bounds of a key condition " + (op == Op.LT
                            ? "also return the item equal to the bound"
                            : "miss values that extend the bound with a character below '$' (\"Smith Jr\" after \"Smith\")");
            remedy = "ask for " + (op == Op.LT ? "<=" : ">=") + " where the model allows it";
        }
        if (message == null) {
            return;
        }
        s.warnOnce(new Warning("key-order", "warning", n.id(), message, remedy));
    }

    /** A begins_with with no order asked: the prefix selects exactly its items whatever follows the value. */
    private static boolean unorderedPrefix(Need n) {
        return n.order() == null && n.range() != null && n.range().op() == Op.BEGINS_WITH;
    }

    /** Whether a declared value has more integer digits than the padding, so its text would sort out of place. */
    private static boolean widerThanPad(Attribute a) {
        return a.values() != null && a.values().stream().anyMatch(v -> v instanceof Number num
                && new java.math.BigDecimal(num.toString()).abs().compareTo(java.math.BigDecimal.TEN.pow(Keys.NUMBER_PAD)) >= 0);
    }
}
