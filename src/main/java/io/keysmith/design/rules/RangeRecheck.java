package io.keysmith.design.rules;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.model.Attribute;
import io.keysmith.model.Op;
import java.util.List;

/**
 * Says when the text bounds of a sort key cannot select exactly the items of a range condition,
 * and gives the wider bounds that cannot miss one; a filter on the attribute itself then keeps
 * exactly the items asked for. Two cases: a text value followed by {@code #} and a tiebreaker,
 * where a value holding a character below {@code #} sorts out of place ({@code Smith Jr#1} before
 * {@code Smith#2}); and a strict {@code <} or {@code >} on a value that ends the key, which the
 * inclusive bounds of a key condition cannot say. Keys keep their plain values (no encoding), so
 * every reader renders them from the templates alone.
 */
final class RangeRecheck {

    private RangeRecheck() {
    }

    /**
     * Whether the key bounds of {@code op} on attribute {@code a} need a filter to be exact:
     * {@code last} when the attribute ends the sort key, {@code padded} for a zero-padded number.
     */
    static boolean needed(Op op, Attribute a, boolean padded, boolean last) {
        if (op == Op.EQ || op == Op.BEGINS_WITH) {
            return false;
        }
        boolean loose = Keys.mayHoldCharactersBelowSeparator(a);
        if (last) {
            // <= >= between compare the whole key as the value; a padded number has no character below '$'
            return op == Op.LT || op == Op.GT && !padded && loose;
        }
        return loose;
    }

    /**
     * Bounds that hold every matching item whatever characters its value holds: from the bound (a
     * value at or above it sorts at or after its text) to the end of the entity's keys, or from the
     * start of them for {@code <} and {@code <=}, since a shorter value followed by {@code #} can sort
     * after a bound holding a space ({@code Smith#1} after {@code Smith Jr}).
     */
    static KeyCondition bounds(Op op, String pre, String ph, boolean last) {
        String end = pre + ReadPlanRule.END;
        return switch (op) {
            case LT, LE -> new KeyCondition("between", List.of(pre + "#", last ? ph : end));
            case GT, GE, BETWEEN -> new KeyCondition("between", List.of(ph, end));
            case EQ, BEGINS_WITH -> throw new IllegalArgumentException("no range to widen: " + op.json());
        };
    }

    /** Why the key range is widened, for the verdict (a learner reads it). */
    static String why(Op op, String attr, String next, boolean last) {
        if (last) {
            return op == Op.LT
                    ? "the sort key takes one condition, and keeping to the entity's keys needs between, whose bounds"
                            + " are inclusive, so it also returns " + attr + " equal to the bound"
                    : "a value that extends the bound with a character below '$' (\"Smith Jr\" after \"Smith\")"
                            + " sorts before the bound's key";
        }
        return next + " follows " + attr + " after '#', and a value holding a character below '#' sorts out of"
                + " place (\"Smith Jr#1\" before \"Smith#2\"), so text bounds on the whole key could miss or add items";
    }
}
