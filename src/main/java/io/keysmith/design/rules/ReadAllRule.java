package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Need;
import io.keysmith.design.capacity.GroupSize;
import io.keysmith.design.capacity.Prices;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides how a pattern with no {@code =} condition (read everything, or only a range or a filter)
 * is served, whichever costs less at the model's rates: an honest Scan of the table (parallel,
 * in segments, for a big table) when it is rare, or an index holding all the entity's items in
 * one partition sorted by what the pattern reads, paid for by every write of the entity and its
 * storage, when it is frequent; a filter's {@code =} condition then becomes that index's key (a sparse
 * index for a constant), see {@link FilterPromotion}. Without a count the index is kept: a Scan's
 * cost cannot be told.
 */
final class ReadAllRule implements Rule {

    /** DynamoDB's advice: about one parallel Scan segment per 2 GB of table. */
    static final double SEGMENT_BYTES = 2e9;
    static final int MAX_SEGMENTS = 1000;

    @Override
    public String id() {
        return "read-all";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Need n : List.copyOf(s.needs())) {
            if (s.isAssigned(n) || !n.eqAttributes().isEmpty()) {
                continue;
            }
            Entity e = n.entity();
            patterns.add(n.id());
            FilterPromotion promotion = FilterPromotion.best(s, n);
            if (e.count() == null) {
                if (promotion != null) {
                    s.promote(n, promotion.condition());
                    changes.add(n.id() + ": the filter " + promotion.describe() + " becomes the key of "
                            + promotion.index(e) + "; " + e.name() + " has no count, so a Scan's cost cannot be told");
                } else {
                    changes.add(n.id() + ": an index sorted by what it reads; " + e.name()
                            + " has no count, so a Scan's cost cannot be told");
                }
                continue;
            }
            AccessPattern p = n.pattern();
            double factor = n.strong() ? 1 : 0.5;
            double size = CapacityRule.size(s, e);
            double table = tableBytes(s, e);
            double scanned = p.limit() != null && p.filterOrEmpty().isEmpty() && n.range() == null && n.order() == null
                    ? p.limit() * size : table;
            double scanUnits = Math.max(1, Math.ceil(scanned / Prices.READ_UNIT_BYTES)) * factor;
            // a promoted filter's index holds (and its writes touch) only the items it selects when it is sparse
            double share = promotion == null ? 1 : promotion.share();
            double held = promotion != null && promotion.condition().isConstant() ? share : 1;
            double items = Math.min(p.limit() != null ? p.limit() : Double.MAX_VALUE, e.count() * share);
            double read = Math.max(1, Math.ceil(items * size / Prices.READ_UNIT_BYTES)) * factor;
            double writes = 0;
            for (AccessPattern w : s.model().accessPatterns()) {
                if (!w.isRead() && w.entity().equals(e.name())) {
                    writes += w.rateOrDefault() * held * Math.ceil(size / Prices.WRITE_UNIT_BYTES);
                }
            }
            double rate = p.rateOrDefault();
            double scanMonthly = Prices.onDemandReads(rate * scanUnits);
            double indexMonthly = Prices.onDemandReads(rate * read) + Prices.onDemandWrites(writes)
                    + e.count() * held * size / 1e9 * Prices.STORAGE_GB_MONTH;
            String index = promotion == null ? "an index of every " + e.name() + " sorted by what it reads"
                    : promotion.index(e) + " (the filter " + promotion.describe() + " served by the key, about "
                            + number(e.count() * share) + " items" + (promotion.assumed() ? ", assumed: no values declared"
                                    : "") + ")";
            if (scanMonthly < indexMonthly) {
                int segments = (int) Math.min(MAX_SEGMENTS, Math.ceil(table / SEGMENT_BYTES));
                String how = segments > 1 ? String.format(Locale.ROOT, "a parallel Scan in %d segments (Segment 0..%d,"
                        + " TotalSegments %d)", segments, segments - 1, segments) : "a Scan";
                String reason = String.format(Locale.ROOT, "%s of %.2f GB at %s/s costs about $%.2f a month, less than"
                        + " %s ($%.2f a month in writes, reads and storage)", how, table / 1e9,
                        number(rate), scanMonthly, promotion == null ? "an index of every " + e.name() : index, indexMonthly);
                s.chooseScan(n, reason);
                changes.add(n.id() + ": " + reason);
            } else {
                if (promotion != null) {
                    s.promote(n, promotion.condition());
                }
                changes.add(String.format(Locale.ROOT, "%s: %s costs about $%.2f a month, less than Scans of the table"
                        + " at %s/s ($%.2f)", n.id(), index, indexMonthly, number(rate), scanMonthly));
            }
        }
        s.step(id(), !patterns.isEmpty(), "Patterns that read everything",
                patterns.isEmpty() ? "Not applicable because every read pattern fixes an attribute with =."
                        : "A pattern with no = condition reads the whole entity. A Scan reads the whole table each time;"
                                + " an index holding every item in one partition, sorted by what the pattern reads, is"
                                + " written by every write of the entity and stores a copy. The cheaper at the model's"
                                + " rates wins: rare exports scan (in parallel segments when the table is big), frequent"
                                + " reads get the index. A filter with = becomes the index's key instead (a sparse"
                                + " index for a constant), so the index holds and the read returns only what it selects.",
                null, patterns, changes);
    }

    /** Bytes of the table the entity's items go to: every stored entity in single-table style. */
    private static double tableBytes(DesignState s, Entity e) {
        if (s.style() == TableStyle.MULTI_TABLE) {
            return e.count() * CapacityRule.size(s, e);
        }
        double bytes = 0;
        for (Entity x : s.entities()) {
            if (s.embedding(x.name()) == null) {
                bytes += (x.count() == null ? GroupSize.ASSUMED_COUNT : x.count()) * CapacityRule.size(s, x);
            }
        }
        return bytes;
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
