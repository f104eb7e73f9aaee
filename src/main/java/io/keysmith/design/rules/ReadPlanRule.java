package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Expressions;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Lookup;
import io.keysmith.design.Match;
import io.keysmith.design.Need;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Warning;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the plan of every read pattern from the key that serves it: operation, index, key
 * condition (begins_with or between bounds that keep other entities and groups out), order,
 * filter and a one-line verdict; a Scan only when no key could be found.
 */
final class ReadPlanRule implements Rule {

    /** Sorts after every character used in generated values, closing a range of sort keys. */
    static final String END = io.keysmith.design.Partitions.END;

    @Override
    public String id() {
        return "read-plans";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        for (Need n : s.needs()) {
            PatternPlan plan = plan(s, n);
            s.plans().put(n.id(), plan);
            changes.add(n.id() + ": " + plan.verdict());
        }
        s.step(id(), !changes.isEmpty(), "A plan for every read pattern",
                changes.isEmpty() ? "Not applicable because the model has no read pattern."
                        : "Each read pattern becomes one request: GetItem when the key names one item, Query with a"
                                + " key condition otherwise. Sort key conditions include the entity prefix and the"
                                + " fixed attributes, so items of other entities or groups never match; a pattern reading"
                                + " several entities of one partition reads exactly their range of sort keys, and an"
                                + " included entity stored elsewhere is read by keys its first results can fill.",
                null, null, changes);
    }

    static PatternPlan plan(DesignState s, Need n) {
        DesignState.Assignment a = s.assignment(n.id());
        String table = TableNames.tableFor(s, n.entity().name());
        if (a == null && s.scanReason(n.id()) != null) {
            String reason = s.scanReason(n.id());
            s.warnings().add(new Warning("scan", "warning", n.id(), n.id() + " is served by a Scan: " + reason,
                    "if the pattern becomes frequent, give it a key (an index sorted by what it reads)"));
            List<Condition> conditions = new ArrayList<>(n.pattern().whereOrEmpty());
            conditions.addAll(n.pattern().filterOrEmpty());
            return new PatternPlan(n.id(), table, null, "Scan", null, null, null, n.pattern().limit(),
                    Expressions.filter(conditions), null, null, null, null, null, "read-all", "Scan: " + reason, null);
        }
        if (a == null) {
            String missing = n.eqAttributes().isEmpty() && n.range() == null ? "the pattern has no condition"
                    : "no key covers " + String.join(", ", n.eqAttributes());
            s.warnings().add(new Warning("scan", "warning", n.id(), n.id() + " needs a Scan: " + missing,
                    "add a key for it or accept the cost of reading the whole table"));
            return new PatternPlan(n.id(), table, null, "Scan", null, null, null, n.pattern().limit(),
                    Expressions.filter(n.pattern().whereOrEmpty()), null, null, null, null, null,
                    "scan", "needs a Scan: " + missing, null);
        }
        PatternPlan main = a.lookup() != null ? lookupPlan(s, n, a.lookup(), table) : keyPlan(s, n, a, table);
        if (a.match() != null && n.strong() && a.match().layout().slot() > 0) {
            // A GSI cannot read consistently: find the keys there, then read the items from the base table.
            PatternPlan again = baseRead(s, n.id() + ".consistent", n.entity(), table);
            return new PatternPlan(n.id(), main.table(), main.index(), main.operation(), main.keyCondition(),
                    main.scanIndexForward(), null, main.limit(), main.filterExpression(), null, null, null, null, null,
                    main.rule(), "2 requests: " + main.verdict() + ", then the items again from the base table with"
                            + " strongly consistent reads (GSIs are eventually consistent)",
                    List.of(main, again));
        }
        if (a.colocated()) {
            return CollectionRanges.plan(s, n, a, main);
        }
        if (n.include().isEmpty()) {
            return main;
        }
        List<PatternPlan> requests = new ArrayList<>();
        if (main.requests() != null) {
            requests.addAll(main.requests());
        } else {
            requests.add(main);
        }
        int first = requests.size();
        List<String> unread = new ArrayList<>();
        for (String inc : n.include()) {
            if (ManyToManyReads.unlinked(s, n, inc)) {
                unread.add(inc);
                continue;
            }
            List<PatternPlan> viaEdges = ManyToManyReads.requests(s, n, inc);
            if (viaEdges != null) {
                requests.addAll(viaEdges);
            } else {
                requests.add(IncludeRequests.request(s, n, inc));
            }
        }
        if (!unread.isEmpty()) {
            String missing = "; " + String.join(", ", unread) + " cannot be read: no item links them (a many-to-many"
                    + " without \"through\")";
            if (requests.size() == first) {
                return main.withVerdict(main.verdict() + missing);
            }
            main = main.withVerdict(main.verdict() + missing);
        }
        return new PatternPlan(n.id(), main.table(), main.index(), main.operation(), main.keyCondition(),
                main.scanIndexForward(), main.consistentRead(), main.limit(), main.filterExpression(), null, null,
                null, null, null, main.rule(), (requests.size()) + " requests: " + main.verdict() + ", then "
                        + String.join(" and ", requests.subList(first, requests.size()).stream().map(PatternPlan::verdict).toList())
                        + " (they cannot share a partition with the results)",
                requests);
    }

    /**
     * Two requests: the uniqueness marker keyed by the value gives the item's identifier, then
     * the item itself by its base key (the marker holds no copy that a rename could leave stale).
     */
    private static PatternPlan lookupPlan(DesignState s, Need n, Lookup l, String table) {
        Map<String, KeyCondition> markerKey = new LinkedHashMap<>();
        markerKey.put("PK", new KeyCondition("=", l.pk()));
        markerKey.put("SK", new KeyCondition("=", l.sk()));
        List<Condition> filter = new ArrayList<>(n.pattern().filterOrEmpty());
        for (Condition c : n.pattern().whereOrEmpty()) {
            if (!c.attribute().equals(l.attribute())) {
                filter.add(c);
            }
        }
        boolean get = filter.isEmpty();
        Boolean strong = n.strong() ? Boolean.TRUE : null;
        String markers = s.markerTableOf(n.entity().name());
        PatternPlan marker = new PatternPlan(n.id() + ".marker", markers, null, "GetItem", markerKey, null, strong, null, null,
                null, null, null, null, null, "unique-attribute-lookup", "GetItem of the " + l.attribute()
                        + " marker, which names the " + n.entity().name(), null, Boolean.TRUE, null);
        Layout base = s.layout(n.entity().name(), 0);
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put("PK", new KeyCondition("=", Keys.pkTemplate(base)));
        key.put("SK", new KeyCondition("=", Keys.skTemplate(s, base)));
        PatternPlan item = new PatternPlan(n.id(), table, null, get ? "GetItem" : "Query", key, null, strong, null,
                Expressions.filter(filter), null, null, null, null, null, "unique-attribute-lookup",
                (get ? "GetItem" : "Query with a filter") + " of the " + n.entity().name() + " by the identifier the marker holds",
                null);
        return new PatternPlan(n.id(), markers, null, "GetItem", markerKey, null, strong, null, null, null, null, null, null,
                null, "unique-attribute-lookup", "2 requests: the marker of unique " + l.attribute() + " (GetItem), then the "
                        + n.entity().name() + " item by the identifier it holds (" + item.operation() + ")",
                List.of(marker, item));
    }

    private static PatternPlan keyPlan(DesignState s, Need n, DesignState.Assignment a, String table) {
        Match m = a.match();
        Layout l = m.layout();
        Entity e = n.entity();
        String prefix = Keys.sortPrefix(s, l);
        List<String> comps = l.finalComps(e);
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put(l.pkName(), new KeyCondition("=", Keys.pkTemplate(l)));
        String skDesc;
        boolean recheck = false;
        Integer limit = n.pattern().limit();
        if (a.colocated()) {
            List<List<Layout>> runs = CollectionRanges.runs(s, n, l);
            List<Layout> run = CollectionRanges.mainRun(n, runs);
            limit = CollectionRanges.limit(s, n, run);
            if (runs.size() == 1 && CollectionRanges.wholePartition(s, l, run)) {
                skDesc = "the whole partition (the item collection)";
            } else {
                key.put(l.skName(), CollectionRanges.condition(s, run));
                skDesc = "the sort key range of " + CollectionRanges.describe(run) + " (nothing else of the partition)";
            }
            if (limit != null && !limit.equals(n.pattern().limit())) {
                skDesc += ", limit " + limit + " to count the included parent read first";
            }
        } else if (m.fullKey()) {
            key.put(l.skName(), new KeyCondition("=", Keys.skTemplate(s, l, e, prefix, comps.size())));
            skDesc = l.unique(e) ? "one item" : "the items of one sort key value";
        } else if (n.range() != null) {
            String pre = Keys.skTemplate(s, l, e, prefix, m.eqInSortKey());
            String ph = pre + "#" + Keys.placeholder(s, e, n.range().attribute());
            boolean last = m.eqInSortKey() + 1 == comps.size();
            String attr = n.range().attribute();
            Op op = n.range().op();
            recheck = e.attribute(attr).map(x -> RangeRecheck.needed(op, x, Keys.placeholder(s, e, attr).contains(":0"), last))
                    .orElse(false);
            key.put(l.skName(), recheck ? RangeRecheck.bounds(op, pre, ph, last) : rangeCondition(op, pre, ph, last));
            skDesc = attr + " " + op.json() + " on the sort key";
            if (recheck) {
                skDesc += " (a key range widened so it cannot miss a match, then filtered on " + attr + " itself: "
                        + RangeRecheck.why(op, attr, last ? null : comps.get(m.eqInSortKey() + 1), last) + ")";
            }
        } else if (comps.isEmpty()) {
            key.put(l.skName(), new KeyCondition("=", prefix));
            skDesc = "one item";
        } else {
            key.put(l.skName(), new KeyCondition("begins_with", Keys.skTemplate(s, l, e, prefix, m.eqInSortKey()) + "#"));
            skDesc = Keys.PREFIX_READ;
        }
        boolean get = l.slot() == 0 && m.fullKey() && m.filterAttrs().isEmpty() && !a.colocated();
        List<Condition> filter = new ArrayList<>();
        if (recheck) {
            filter.add(n.range()); // the widened key range holds every match, the filter keeps exactly them
        }
        filter.addAll(n.pattern().filterOrEmpty());
        filter.removeAll(n.equalities()); // a filter condition promoted to the key is served by it
        for (Condition c : n.pattern().whereOrEmpty()) {
            if (m.filterAttrs().contains(c.attribute())) {
                filter.add(c);
            }
        }
        KeyOrder.warn(s, n, l, comps, m.eqInSortKey(), recheck);
        Boolean forward = n.order() == null || get ? null : !n.order().descending();
        boolean consistent = n.strong() && l.slot() <= 0;
        String where = l.slot() == 0 ? "the base table" : l.describe();
        List<String> embedded = n.pattern().includeOrEmpty().stream().filter(x -> !n.include().contains(x)).toList();
        if (!embedded.isEmpty()) {
            skDesc += "; " + String.join(", ", embedded) + " come" + (embedded.size() == 1 ? "s" : "") + " embedded in the "
                    + e.name() + " item";
        }
        String verdict = "served by " + where + ": " + (get ? "GetItem" : "Query") + " on " + skDesc
                + (forward == null ? "" : forward ? ", ascending" : ", descending")
                + (filter.isEmpty() ? "" : ", filter " + Expressions.filter(filter));
        return new PatternPlan(n.id(), table, l.indexName(), get ? "GetItem" : "Query", key, forward,
                consistent ? Boolean.TRUE : null, get ? null : limit, Expressions.filter(filter), null, null,
                null, null, null, a.rule(), verdict, null);
    }

    /**
     * The sort key condition for a range on the attribute after the fixed prefix {@code pre}.
     * When the ranged value ends the key ({@code last}), the bounds are the values themselves;
     * when more follows it, {@code value$} closes the keys that start {@code value#}. Where these
     * bounds are not exact, {@link RangeRecheck} gives wider ones and the plan filters.
     */
    static KeyCondition rangeCondition(Op op, String pre, String ph, boolean last) {
        String upTo = last ? ph : ph + END;
        return switch (op) {
            case BETWEEN -> new KeyCondition("between", List.of(ph, upTo));
            case BEGINS_WITH -> new KeyCondition("begins_with", ph);
            case GE -> new KeyCondition("between", List.of(ph, pre + END));
            case GT -> new KeyCondition("between", List.of(ph + END, pre + END));
            case LT -> new KeyCondition("between", List.of(pre + "#", ph));
            case LE -> new KeyCondition("between", List.of(pre + "#", upTo));
            case EQ -> new KeyCondition("=", ph);
        };
    }

    /** A BatchGetItem of an entity's items by their base table keys, found by an earlier request. */
    static PatternPlan baseRead(DesignState s, String id, Entity e, String table) {
        Layout base = s.layout(e.name(), 0);
        Map<String, KeyCondition> key = new LinkedHashMap<>();
        key.put("PK", new KeyCondition("=", Keys.pkTemplate(base)));
        key.put("SK", new KeyCondition("=", Keys.skTemplate(s, base)));
        return new PatternPlan(id, table, null, "BatchGetItem", key, null, null, null, null, null,
                null, null, null, null, "include-request",
                "BatchGetItem of the " + e.name() + " items by the keys found in the first request", null);
    }
}
