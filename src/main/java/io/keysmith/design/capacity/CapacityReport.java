package io.keysmith.design.capacity;

import io.keysmith.design.Cost;
import io.keysmith.design.DesignState;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.Projection;
import io.keysmith.design.RequestKeys;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.design.program.EdgeRemoval;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.design.program.Scope;
import io.keysmith.design.program.WritePrograms;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Op;
import io.keysmith.model.PatternType;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Read and write units of every plan of a design, the load each table and index takes at the
 * patterns' peak rates, and what each stores: one estimator for the engine's designs, their
 * exports and expert designs alike. A read unit covers 4 KB (halved when eventually consistent),
 * a write unit 1 KB (doubled in a transaction); a Query reads the group its key condition fixes
 * (sized from the model), a Scan the whole table; an index is written by the items it holds
 * (a sparse index by the share that satisfies its condition), twice when an update moves the
 * item's key there, not at all when an update changes nothing it projects. A delete of a
 * many-to-many side also reads its implied edges (one Query, all pages) and deletes each of them,
 * as many as the model's figures give per side.
 */
public final class CapacityReport {

    /** Units per request of one pattern, and what the figures had to assume (null when nothing). */
    public record PatternUnits(Double readUnits, Double writeUnits, String assumption) {
    }

    /** The share of a group a key range is assumed to keep: the model says nothing of value distributions. */
    static final double RANGE_SHARE = 0.1;

    private final Model model;
    private final List<Table> tables;
    private final GroupSize groups;
    private final Function<String, List<DesignState.Link>> links;
    private final Map<String, PatternUnits> units = new LinkedHashMap<>();
    private final Map<String, double[]> load = new LinkedHashMap<>();
    private final Map<String, Double> storage = new LinkedHashMap<>();
    private final Map<String, Double> sizes = new java.util.HashMap<>();
    private final Map<String, List<ItemRow>> embeddedRows = new java.util.HashMap<>();
    private final Map<String, Table> tablesByName = new java.util.HashMap<>();
    private final Map<String, Entity> entities = new java.util.HashMap<>();
    // Each table's rows by entity, in table order: scanning every row per pattern made large models quadratic.
    private final Map<Table, Map<String, List<ItemRow>>> rowsByEntity = new java.util.IdentityHashMap<>();
    private final boolean edges;
    // The write programs: their reads of the stored item and their edge removals are costed too.
    private WritePrograms programs;
    private final Map<PatternPlan, KeyText> keyTexts = new java.util.IdentityHashMap<>();

    private CapacityReport(Model model, List<Table> tables, Function<String, List<DesignState.Link>> links) {
        this.model = model;
        this.tables = tables;
        this.groups = new GroupSize(model, links);
        this.links = links;
        this.edges = model != null && !EdgeEntities.edges(model).isEmpty();
        if (model != null) {
            model.entities().forEach(x -> entities.putIfAbsent(x.name(), x));
        }
        for (Table t : tables) {
            tablesByName.putIfAbsent(t.name(), t);
            Map<String, List<ItemRow>> byEntity = new java.util.HashMap<>();
            for (ItemRow row : t.items()) {
                byEntity.computeIfAbsent(row.entity(), k -> new ArrayList<>()).add(row);
            }
            rowsByEntity.putIfAbsent(t, byEntity);
            for (ItemRow row : t.items()) {
                if (row.embeddedIn() != null) {
                    embeddedRows.computeIfAbsent(row.embeddedIn(), k -> new ArrayList<>()).add(row);
                }
            }
        }
    }

    /** The report of a design document (an engine's or an expert's) against its model. */
    public static CapacityReport of(Model model, List<Table> tables, List<PatternPlan> plans) {
        DesignState links = new DesignState(model, TableStyle.SINGLE_TABLE);
        return of(model, tables, plans, links::parentLinks);
    }

    public static CapacityReport of(Model model, List<Table> tables, List<PatternPlan> plans,
            Function<String, List<DesignState.Link>> links) {
        CapacityReport r = new CapacityReport(model, tables, links);
        Map<String, PatternPlan> byId = new java.util.HashMap<>();
        plans.forEach(x -> byId.putIfAbsent(x.id(), x));
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan plan = byId.get(p.id());
            Entity e = r.entity(p.entity()).orElse(null);
            if (plan != null && e != null) {
                r.units.put(p.id(), p.isRead() ? r.read(p, e, plan) : r.write(p, e, plan));
            }
        }
        tables.forEach(r::store);
        return r;
    }

    public PatternUnits units(String patternId) {
        return units.get(patternId);
    }

    /** Read and write units per second on a table ({@code index} null) or one of its GSIs; LSIs count on the table. */
    public double[] load(String table, String index) {
        return load.getOrDefault(key(table, index), new double[2]).clone();
    }

    /** Items of the entity that share the values of {@code fixed}, from the model's figures. */
    public GroupSize groups() {
        return groups;
    }

    /** The cost of the whole design: on demand, provisioned per table and GSI, and storage per table and index. */
    public Cost cost() {
        double rps = 0;
        double wps = 0;
        double provisioned = 0;
        double gb = 0;
        List<Cost.IndexCost> parts = new ArrayList<>();
        for (Table t : tables) {
            List<String> names = new ArrayList<>();
            names.add(null);
            t.globalSecondaryIndexes().forEach(i -> names.add(i.name()));
            t.localSecondaryIndexes().forEach(i -> names.add(i.name()));
            for (String index : names) {
                String k = key(t.name(), index);
                double[] u = load.getOrDefault(k, new double[2]);
                double g = storage.getOrDefault(k, 0.0) / 1e9;
                rps += u[0];
                wps += u[1];
                gb += g;
                if (!isLsi(t, index)) {
                    provisioned += Prices.provisioned(Math.max(1, Math.ceil(u[0] - 1e-9)), Math.max(1, Math.ceil(u[1] - 1e-9)));
                }
                parts.add(new Cost.IndexCost(t.name(), index, Units.round(u[0]), Units.round(u[1]), Units.round(g),
                        Units.round(g * Prices.STORAGE_GB_MONTH)));
            }
        }
        return new Cost(Units.round(rps), Units.round(wps), Units.round(Prices.onDemandReads(rps) + Prices.onDemandWrites(wps)),
                Units.round(provisioned), Units.round(gb), Units.round(gb * Prices.STORAGE_GB_MONTH), parts);
    }

    /** The on-demand dollars a month of one pattern at its peak rate. */
    public double monthly(AccessPattern p) {
        PatternUnits u = units.get(p.id());
        if (u == null) {
            return 0;
        }
        double rate = p.rateOrDefault();
        return (u.readUnits() == null ? 0 : Prices.onDemandReads(rate * u.readUnits()))
                + (u.writeUnits() == null ? 0 : Prices.onDemandWrites(rate * u.writeUnits()));
    }

    // ---- sizes

    /** The average bytes of an entity's item, with the children embedded in it. */
    public double size(Entity e) {
        Double known = sizes.get(e.name());
        if (known != null) {
            return known;
        }
        double bytes = e.itemSizeBytes() == null ? Prices.DEFAULT_ITEM_BYTES : e.itemSizeBytes();
        for (ItemRow row : embeddedRows.getOrDefault(e.name(), List.of())) {
            Entity child = entity(row.entity()).orElse(null);
            if (child != null) {
                bytes += embedded(row, child, e) * (child.itemSizeBytes() == null ? Prices.DEFAULT_ITEM_BYTES
                        : child.itemSizeBytes());
            }
        }
        sizes.put(e.name(), bytes);
        return bytes;
    }

    /** Children embedded per host item: by the host key the row names, else by the relationship to the host. */
    private double embedded(ItemRow row, Entity child, Entity host) {
        Set<String> fk = row.hostKey() == null ? Set.of() : row.hostKey().keySet();
        if (fk.isEmpty()) {
            fk = links.apply(child.name()).stream().filter(l -> l.parent().equals(host.name())).findFirst()
                    .map(l -> (Set<String>) new LinkedHashSet<>(l.foreignKey())).orElse(Set.of());
        }
        return fk.isEmpty() ? GroupSize.ASSUMED_GROUP : groups.of(child, fk, Map.of()).items();
    }

    // ---- reads

    private PatternUnits read(AccessPattern p, Entity e, PatternPlan plan) {
        double factor = p.stronglyConsistent() ? 1.0 : 0.5;
        double rate = p.rateOrDefault();
        List<PatternPlan> requests = plan.requests() == null ? List.of(plan) : plan.requests();
        Set<String> separate = new HashSet<>();
        for (PatternPlan r : requests.subList(1, requests.size())) {
            separate.add(suffix(r.id()));
        }
        PatternPlan first = requests.get(0);
        Set<String> assumptions = new LinkedHashSet<>();
        GroupSize.Estimate found = items(p, e, first);
        String guessed = found.assumption();
        if (guessed != null && !"Scan".equals(first.operation())) {
            assumptions.add(guessed);
        }
        double items = found.items();
        double bytes = "GetItem".equals(first.operation()) ? size(e) : items * size(e);
        if ("Scan".equals(first.operation())) {
            bytes = scanned(p, first, assumptions);
        } else if (!Boolean.TRUE.equals(first.intermediate())) {
            for (String inc : p.includeOrEmpty()) {
                Entity j = entity(inc).orElse(null);
                if (j != null && !separate.contains(inc) && !embeddedIn(inc, e.name())) {
                    bytes += perItem(e, j, assumptions) * size(j);
                }
            }
        }
        double total = 0;
        // a scatter-gather read is one request per shard, each reading its shard's share (see items)
        double firstUnits = (Boolean.TRUE.equals(first.intermediate()) ? factor
                : Math.max(1, Math.ceil(bytes / Prices.READ_UNIT_BYTES)) * factor) * shards(first);
        add(first, rate * firstUnits, false);
        total += firstUnits;
        Set<String> given = new HashSet<>();
        p.whereOrEmpty().stream().filter(c -> c.op() == Op.EQ).forEach(c -> given.add(c.attribute()));
        for (PatternPlan r : requests.subList(1, requests.size())) {
            String target = suffix(r.id());
            Entity j = entity(target).orElse(e);
            // a key the request's own values fill is read once, not once per item the first request found
            boolean once = given.containsAll(RequestKeys.attributes(r));
            double u;
            if (Boolean.TRUE.equals(r.intermediate())) {
                u = factor;
            } else if ("BatchGetItem".equals(r.operation()) || "GetItem".equals(r.operation())) {
                double keys = "GetItem".equals(r.operation()) || once ? 1 : items;
                double f = Boolean.TRUE.equals(r.consistentRead()) || "consistent".equals(target) ? 1.0 : factor;
                u = keys * Math.ceil(size(j) / Prices.READ_UNIT_BYTES) * f;
            } else {
                double each = Math.max(1, Math.ceil(perItem(e, j, assumptions) * size(j) / Prices.READ_UNIT_BYTES)) * factor;
                u = "include-request".equals(r.rule()) && !once ? items * each : each;
            }
            u *= shards(r);
            add(r, rate * u, false);
            total += u;
        }
        return new PatternUnits(Units.round(total), null, assumptions.isEmpty() ? null : String.join("; ", assumptions));
    }

    /** The requests a plan makes: one, or one per shard of a scatter-gather read. */
    private static int shards(PatternPlan request) {
        return request.shards() == null ? 1 : request.shards();
    }

    /** Items of {@code j} read per {@code e} item: one parent, or the children of one parent. */
    private double perItem(Entity e, Entity j, Set<String> assumptions) {
        for (DesignState.Link link : links(e.name())) {
            if (link.parent().equals(j.name())) {
                return 1;
            }
        }
        for (DesignState.Link link : links(j.name())) {
            if (link.parent().equals(e.name())) {
                GroupSize.Estimate g = groups.of(j, link.foreignKey(), Map.of());
                if (g.assumption() != null) {
                    assumptions.add(g.assumption());
                }
                return g.items();
            }
        }
        return 1;
    }

    private List<DesignState.Link> links(String entity) {
        return links.apply(entity);
    }

    /** Bytes a Scan reads: every item of the table (or index), or the limit when nothing filters. */
    private double scanned(AccessPattern p, PatternPlan plan, Set<String> assumptions) {
        Table t = table(plan.table());
        if (p.limit() != null && plan.filterExpression() == null) {
            Entity e = entity(p.entity()).orElseThrow();
            return p.limit() * size(e);
        }
        double bytes = 0;
        for (ItemRow row : t == null ? List.<ItemRow>of() : t.items()) {
            Entity stored = entity(row.entity()).orElse(null);
            if (stored == null || row.embeddedIn() != null || row.isLookup()) {
                continue;
            }
            if (plan.index() != null && !holds(t, plan.index(), row)) {
                continue;
            }
            GroupSize.Estimate all = groups.all(stored);
            if (all.assumption() != null) {
                assumptions.add(all.assumption());
            }
            bytes += all.items() * size(stored);
        }
        return bytes;
    }

    /**
     * Items the request's key condition selects: the group of the pattern's {@code =} attributes
     * named in the key (a constant counts when its value is written in the key or the index is
     * sparse on it), capped by the limit.
     */
    GroupSize.Estimate items(AccessPattern p, Entity e, PatternPlan request) {
        if ("GetItem".equals(request.operation())) {
            return new GroupSize.Estimate(1, null);
        }
        if ("Scan".equals(request.operation())) {
            return groups.all(e);
        }
        Set<String> named = named(request);
        Map<String, Object> constants = new LinkedHashMap<>();
        Set<String> fixed = fixed(p, e, request, constants);
        GroupSize.Estimate g = groups.of(e, fixed, constants);
        Condition range = p.whereOrEmpty().stream().filter(c -> c.op() != Op.EQ && named.contains(c.attribute()))
                .findFirst().orElse(null);
        if (range != null && g.items() > GroupSize.ASSUMED_GROUP) {
            // The model gives no distribution of values: a key range is assumed to keep a tenth of the group.
            double kept = Math.max(GroupSize.ASSUMED_GROUP, g.items() * RANGE_SHARE);
            String why = "the share of " + e.name() + " items in the " + range.attribute() + " range";
            g = new GroupSize.Estimate(kept, g.known() ? why : g.unknown() + ", " + why);
        }
        if (request.shards() != null && request.shards() > 1) {
            // the writer spread the group over the shards: each request reads its share, each up to the limit
            g = new GroupSize.Estimate(Math.max(1, g.items() / request.shards()), g.unknown());
        }
        if ("one".equals(p.returns()) && !fixed.isEmpty()) {
            g = new GroupSize.Estimate(1, null);
        }
        Integer limit = request.limit() != null ? request.limit() : p.limit();
        if (limit != null && (g.items() > limit || !g.known())) {
            return new GroupSize.Estimate(limit, null);
        }
        return g;
    }

    /** The attributes the request's key condition names in its placeholders. */
    private Set<String> named(PatternPlan request) {
        return keyText(request).named();
    }

    /** A request's key condition read once: capacity and the unindexed-lookup rule ask for it per pattern. */
    private KeyText keyText(PatternPlan request) {
        return keyTexts.computeIfAbsent(request, CapacityReport::readKeyText);
    }

    private static KeyText readKeyText(PatternPlan request) {
        Set<String> named = new HashSet<>();
        StringBuilder literal = new StringBuilder();
        if (request.keyCondition() != null) {
            for (KeyCondition c : request.keyCondition().values()) {
                List<?> values = c.value() instanceof List<?> list ? list : List.of(String.valueOf(c.value()));
                for (Object v : values) {
                    for (KeyTemplate.Part x : KeyTemplate.of(String.valueOf(v)).parts()) {
                        if (x instanceof KeyTemplate.Literal l) {
                            literal.append(l.text()).append('\u0000');
                        }
                    }
                    named.addAll(KeyTemplate.of(String.valueOf(v)).attributes());
                }
            }
        }
        return new KeyText(named, literal.toString());
    }

    /** The attributes a key condition's templates name, and their literal texts (each ended by a NUL). */
    private record KeyText(Set<String> named, String literal) {
    }

    /**
     * The pattern's {@code =} attributes the request's key fixes: named in a key template, or for
     * a constant written in the key's literal text or the sparse index's condition; the constants'
     * values go into {@code constants}.
     */
    public Set<String> fixed(AccessPattern p, Entity e, PatternPlan request, Map<String, Object> constants) {
        KeyText key = keyText(request);
        Set<String> named = key.named();
        String literal = key.literal();
        Map<String, PresentWhen> sparse = sparseConditions(e, request);
        Set<String> fixed = new LinkedHashSet<>();
        for (Condition c : p.whereOrEmpty()) {
            if (c.op() != Op.EQ) {
                continue;
            }
            boolean inKey = c.isConstant()
                    ? literal.contains(String.valueOf(c.value())) || named.contains(c.attribute())
                            || sparse.values().stream().anyMatch(w -> w.attribute().equals(c.attribute())
                                    && Objects.equals(String.valueOf(w.value()), String.valueOf(c.value())))
                    : named.contains(c.attribute());
            if (inKey) {
                fixed.add(c.attribute());
                if (c.isConstant()) {
                    constants.put(c.attribute(), c.value());
                }
            }
        }
        return fixed;
    }

    private Map<String, PresentWhen> sparseConditions(Entity e, PatternPlan request) {
        Table t = table(request.table());
        if (t == null || request.index() == null) {
            return Map.of();
        }
        ItemRow row = rows(t, e.name()).stream().filter(r -> !r.isLookup() && r.presentWhen() != null)
                .findFirst().orElse(null);
        SecondaryIndex index = index(t, request.index());
        if (row == null || index == null || index.partitionKey() == null) {
            return Map.of();
        }
        PresentWhen w = row.presentWhen().get(index.partitionKey().name());
        return w == null ? Map.of() : Map.of(index.partitionKey().name(), w);
    }

    // ---- writes

    private PatternUnits write(AccessPattern p, Entity e, PatternPlan plan) {
        Table t = table(plan.table());
        ItemRow own = t == null ? null : rows(t, e.name()).stream().filter(r -> !r.isLookup()).findFirst().orElse(null);
        String storedName = own != null && own.embeddedIn() != null ? own.embeddedIn() : e.name();
        Entity stored = entity(storedName).orElse(e);
        ItemRow row = t == null ? null : rows(t, storedName).stream()
                .filter(r -> r.embeddedIn() == null && !r.isLookup()).findFirst().orElse(null);
        boolean transaction = "TransactWriteItems".equals(plan.operation());
        double times = transaction ? 2 : 1;
        double item = Math.ceil(size(stored) / Prices.WRITE_UNIT_BYTES);
        boolean embedded = !storedName.equals(e.name());
        PatternType type = embedded ? PatternType.UPDATE : p.type();
        Set<String> changed = embedded ? Set.of() : new HashSet<>(p.setOrEmpty());
        double rate = p.rateOrDefault();
        double table = item;
        double total = 0;
        if (t != null && row != null) {
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                double u = indexWrites(t, i, row, stored, type, changed, item);
                add(t.name(), i.name(), rate * u * times, true);
                total += u * times;
            }
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                table += indexWrites(t, i, row, stored, type, changed, item);
            }
            if (transaction) {
                table += lookupWrites(t, p, storedName);
            }
        }
        add(plan.table(), null, rate * table * times, true);
        total += table * times;
        Set<String> assumptions = new LinkedHashSet<>();
        double reads = 0;
        if (edges && !embedded) {
            double[] edgeUnits = edgeRemovals(p, rate, assumptions);
            reads = edgeUnits[0];
            total += edgeUnits[1];
        }
        reads += currentItemReads(p, stored, rate);
        return new PatternUnits(reads == 0 ? null : Units.round(reads), Units.round(total),
                assumptions.isEmpty() ? null : String.join("; ", assumptions));
    }

    private WritePrograms programs() {
        if (programs == null) {
            programs = new WritePrograms(model, tables);
        }
        return programs;
    }

    /**
     * Read units of the program's steps that find the stored item before the write (into the
     * {@code current} scope): a GetItem of the item or of its identifier marker, a Query that
     * finds it (its first page holds it), or a Scan of the whole table.
     */
    private double currentItemReads(AccessPattern p, Entity stored, double rate) {
        double units = 0;
        WritePrograms.Program program = programs().of(p).orElse(null);
        for (ProgramRequest r : program == null ? List.<ProgramRequest>of() : program.steps()) {
            if (r.into() != Scope.CURRENT || !r.operation().isRead()) {
                continue;
            }
            boolean marker = r.key() != null && rows(table(r.table()), stored.name()).stream()
                    .anyMatch(row -> row.isLookup() && r.key().equals(row.keys()));
            double bytes = r.operation() == Operation.SCAN ? groups.all(stored).items() * size(stored)
                    : marker ? Prices.KEY_ITEM_BYTES : size(stored);
            double u = Math.max(1, Math.ceil(bytes / Prices.READ_UNIT_BYTES)) * (Boolean.TRUE.equals(r.consistentRead()) ? 1.0 : 0.5);
            add(r.table(), r.index(), rate * u, false);
            units += u;
        }
        return units;
    }

    /**
     * Read and write units of the implied edges a side's delete removes first: the collecting Query
     * reads the side's edges (all pages), then each edge is deleted with its index entries; the
     * edges per side come from the model's figures (counts, maxChildren), assumed when it gives none.
     */
    private double[] edgeRemovals(AccessPattern p, double rate, Set<String> assumptions) {
        double reads = 0;
        double writes = 0;
        for (EdgeRemoval removal : programs().edgeRemovals(p)) {
            Entity edge = entity(removal.edge()).orElse(null);
            // a batched delete costs what the same deletes cost one by one
            Table t = table(removal.delete().writes().get(0).table());
            ItemRow row = edge == null || t == null ? null : rows(t, edge.name()).stream()
                    .filter(r -> r.embeddedIn() == null && !r.isLookup()).findFirst().orElse(null);
            if (row == null) {
                continue;
            }
            ProgramRequest collect = removal.collect();
            GroupSize.Estimate found = groups.of(edge, collect.filter() == null ? List.of() : collect.filter(), Map.of());
            if (found.assumption() != null) {
                assumptions.add(found.assumption());
            }
            double count = found.items();
            double factor = Boolean.TRUE.equals(collect.consistentRead()) ? 1.0 : 0.5;
            double read = Math.max(1, Math.ceil(count * size(edge) / Prices.READ_UNIT_BYTES)) * factor;
            add(collect.table(), collect.index(), rate * read, false);
            reads += read;
            double item = Math.ceil(size(edge) / Prices.WRITE_UNIT_BYTES);
            double table = item;
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                double u = count * indexWrites(t, i, row, edge, PatternType.DELETE, Set.of(), item);
                add(t.name(), i.name(), rate * u, true);
                writes += u;
            }
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                table += indexWrites(t, i, row, edge, PatternType.DELETE, Set.of(), item);
            }
            add(t.name(), null, rate * count * table, true);
            writes += count * table;
        }
        return new double[] {reads, writes};
    }

    /** Writes an index takes for one write of the item: none when it does not hold it, two when an update moves its key. */
    private double indexWrites(Table t, SecondaryIndex i, ItemRow row, Entity stored, PatternType type, Set<String> changed,
            double item) {
        String pk = i.partitionKey() == null ? null : i.partitionKey().name();
        String sk = i.sortKey() == null ? null : i.sortKey().name();
        boolean local = t.localSecondaryIndexes().contains(i);
        String holding = local ? sk : pk;
        if (holding == null || !row.keys().containsKey(holding)) {
            return 0;
        }
        PresentWhen when = row.presentWhen() == null ? null : row.presentWhen().get(holding);
        double share = groups.membership(stored, when);
        double entry = entryUnits(i.projection(), stored, item);
        if (type != PatternType.UPDATE) {
            return share * entry;
        }
        Set<String> keyAttrs = new HashSet<>(row.attributesOf(List.of(holding)));
        if (sk != null) {
            keyAttrs.addAll(row.attributesOf(List.of(sk)));
        }
        if (when != null) {
            keyAttrs.add(when.attribute());
        }
        if (keyAttrs.stream().anyMatch(changed::contains)) {
            // The old entry is deleted and a new one put (or the item enters or leaves a sparse index).
            return 2 * share * entry;
        }
        Projection projection = i.projection() == null ? Projection.ALL : i.projection();
        boolean projected = changed.isEmpty() || "ALL".equals(projection.type())
                || projection.nonKeyAttributes() != null && projection.nonKeyAttributes().stream().anyMatch(changed::contains);
        return projected ? share * entry : 0;
    }

    private double entryUnits(Projection projection, Entity stored, double item) {
        if (projection == null || "ALL".equals(projection.type())) {
            return item;
        }
        return Math.ceil(entryBytes(projection, stored) / Prices.WRITE_UNIT_BYTES);
    }

    private double entryBytes(Projection projection, Entity stored) {
        if (projection == null || "ALL".equals(projection.type())) {
            return size(stored);
        }
        int attrs = Math.max(1, stored.attributes().size());
        int included = projection.nonKeyAttributes() == null ? 0 : projection.nonKeyAttributes().size();
        return Prices.KEY_ITEM_BYTES + size(stored) * Math.min(1.0, (double) included / attrs);
    }

    /** Lookup items a transaction writes: all of them on create and delete, old and new on an update of the attribute. */
    private double lookupWrites(Table t, AccessPattern p, String entity) {
        List<ItemRow> lookups = rows(t, entity).stream().filter(ItemRow::isLookup).toList();
        if (p.type() != PatternType.UPDATE) {
            return lookups.size();
        }
        long changed = lookups.stream().filter(r -> r.keys().values().stream()
                .anyMatch(k -> p.setOrEmpty().stream().anyMatch(a -> KeyTemplate.of(k).attributes().contains(a)))).count();
        return 2.0 * changed;
    }

    // ---- storage

    private void store(Table t) {
        for (ItemRow row : t.items()) {
            Entity e = entity(row.entity()).orElse(null);
            if (e == null || row.embeddedIn() != null || e.count() == null) {
                continue;
            }
            double count = e.count();
            if (row.isLookup()) {
                storage.merge(key(t.name(), null), count * Prices.KEY_ITEM_BYTES, Double::sum);
                continue;
            }
            storage.merge(key(t.name(), null), count * size(e), Double::sum);
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                storeIn(t, i, row, e, i.partitionKey() == null ? null : i.partitionKey().name(), count);
            }
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                storeIn(t, i, row, e, i.sortKey() == null ? null : i.sortKey().name(), count);
            }
        }
    }

    private void storeIn(Table t, SecondaryIndex i, ItemRow row, Entity e, String holding, double count) {
        if (holding == null || !row.keys().containsKey(holding)) {
            return;
        }
        double share = groups.membership(e, row.presentWhen() == null ? null : row.presentWhen().get(holding));
        storage.merge(key(t.name(), i.name()), count * share * entryBytes(i.projection(), e), Double::sum);
    }

    // ---- helpers

    /** The table's rows of one entity, in table order. */
    private List<ItemRow> rows(Table t, String entity) {
        return rowsByEntity.getOrDefault(t, Map.of()).getOrDefault(entity, List.of());
    }

    private boolean embeddedIn(String child, String host) {
        return embeddedRows.getOrDefault(host, List.of()).stream().anyMatch(r -> r.entity().equals(child));
    }

    private boolean holds(Table t, String index, ItemRow row) {
        SecondaryIndex i = index(t, index);
        if (i == null) {
            return true;
        }
        boolean local = t.localSecondaryIndexes().contains(i);
        String holding = local ? (i.sortKey() == null ? null : i.sortKey().name()) : (i.partitionKey() == null ? null : i.partitionKey().name());
        return holding != null && row.keys().containsKey(holding);
    }

    private Table table(String name) {
        if (name == null) {
            return tables.isEmpty() ? null : tables.get(0);
        }
        Table t = tablesByName.get(name);
        return t != null ? t : tables.isEmpty() ? null : tables.get(0);
    }

    private static SecondaryIndex index(Table t, String name) {
        for (SecondaryIndex i : t.globalSecondaryIndexes()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        for (SecondaryIndex i : t.localSecondaryIndexes()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    private java.util.Optional<Entity> entity(String name) {
        return java.util.Optional.ofNullable(name == null ? null : entities.get(name));
    }

    private static boolean isLsi(Table t, String index) {
        return index != null && t.localSecondaryIndexes().stream().anyMatch(i -> i.name().equals(index));
    }

    private static String suffix(String id) {
        return id == null ? "" : id.substring(id.lastIndexOf('.') + 1);
    }

    /** Adds units per second to the request's table or GSI (an LSI's load is the table's). */
    private void add(PatternPlan request, double perSecond, boolean write) {
        add(request.table(), request.index(), perSecond, write);
    }

    private void add(String tableName, String index, double perSecond, boolean write) {
        Table t = table(tableName);
        String name = t == null ? tableName : t.name();
        String where = t != null && isLsi(t, index) ? null : index;
        load.computeIfAbsent(key(name, where), k -> new double[2])[write ? 1 : 0] += perSecond;
    }

    private static String key(String table, String index) {
        return table + "\u0000" + (index == null ? "" : index);
    }
}
