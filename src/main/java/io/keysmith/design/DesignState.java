package io.keysmith.design;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ParentLink;
import io.keysmith.model.ParentLinks;
import io.keysmith.model.PatternType;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The engine's working state while the rules run: layouts per entity and slot, lookup items,
 * which layout serves which pattern, plans, warnings and the steps taken. Rules add to it in
 * catalog order; everything is kept in insertion-ordered collections so output is deterministic.
 */
public final class DesignState {

    public static final int MAX_GSIS = 20;
    public static final int MAX_LSIS = 5;

    /** Which key serves a read pattern, and the rule that decided it. */
    public record Assignment(Match match, Lookup lookup, String rule, boolean colocated) {
    }

    private final Model model;
    private final TableStyle style;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Entity> entityList;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Set<String>> changing = new LinkedHashMap<>();
    private final Map<String, List<Need>> needsByEntity = new LinkedHashMap<>();
    private final Map<String, List<AccessPattern>> writesByEntity = new HashMap<>();
    private final List<Need> needs = new ArrayList<>();
    private final Map<String, List<Layout>> layouts = new LinkedHashMap<>();
    private final List<Lookup> lookups = new ArrayList<>();
    private final Map<String, List<Lookup>> lookupsByEntity = new HashMap<>();
    private int lookupsIndexed;
    private final Map<String, Assignment> assigned = new LinkedHashMap<>();
    private final Map<String, String> scans = new LinkedHashMap<>();
    private final Map<String, PatternPlan> plans = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<Warning> warned = new java.util.HashSet<>();
    private int warnedUpTo;
    private final List<Denormalization> denormalizations = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, String> tableOf = new LinkedHashMap<>();
    private Map<String, List<Entity>> entitiesByTable;
    private String markerTable;
    private final Map<String, List<Link>> links = new LinkedHashMap<>();
    private final Map<Integer, Projection> projections = new LinkedHashMap<>();
    private final Map<String, Embedding> embeddings = new LinkedHashMap<>();
    private Cost cost;
    // What the capacity figures of a pattern had to assume: a write's verdict is written after them, from its program.
    private final Map<String, String> capacityAssumptions = new HashMap<>();
    private Map<String, List<Link>> linksByChild;
    private Set<String> edgeEntities;

    /**
     * A bounded child stored inside its host item as a map attribute keyed by the child's
     * identifier; {@code expected} is the number of children per host used for sizes.
     */
    public record Embedding(String child, String host, String attribute, int maxChildren, double expected, Link link) {

        /** The child's identifier attributes that key its map entry: those not already the host's. */
        public List<String> entryKey(Entity childEntity) {
            List<String> own = childEntity.identifierNames().stream().filter(a -> !link.foreignKey().contains(a)).toList();
            return own.isEmpty() ? childEntity.identifierNames() : own;
        }
    }

    public DesignState(Model model, TableStyle style) {
        this.model = model;
        this.style = style;
        Set<String> usedPrefixes = new LinkedHashSet<>();
        for (Entity e : model.entities()) {
            entities.put(e.name(), e);
            String upper = e.name().toUpperCase(Locale.ROOT);
            String prefix = upper;
            for (int i = 2; !usedPrefixes.add(prefix); i++) {
                prefix = upper + "_" + i;
            }
            prefixes.put(e.name(), prefix);
            needsByEntity.put(e.name(), new ArrayList<>());
            layouts.put(e.name(), new ArrayList<>());
            changing.put(e.name(), new LinkedHashSet<>());
        }
        entityList = List.copyOf(entities.values());
        for (AccessPattern p : model.accessPatterns()) {
            Entity e = entities.get(p.entity());
            if (e == null) {
                continue;
            }
            if (p.type() == PatternType.UPDATE) {
                changing.get(e.name()).addAll(p.setOrEmpty());
            }
            if (!p.isRead()) {
                writesByEntity.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(p);
            }
            if (p.isRead()) {
                Need n = Need.of(p, e);
                needs.add(n);
                needsByEntity.get(e.name()).add(n);
            }
        }
    }

    /** The edge entities the model was given for bare many-to-many relationships (model/EdgeEntities), found once. */
    public Set<String> edgeEntities() {
        if (edgeEntities == null) {
            edgeEntities = io.keysmith.model.EdgeEntities.edges(model);
        }
        return edgeEntities;
    }

    public Model model() {
        return model;
    }

    public TableStyle style() {
        return style;
    }

    /** Whether the design gives every entity its own table (the multi-table style). */
    public boolean multiTable() {
        return style == TableStyle.MULTI_TABLE;
    }

    public Entity entity(String name) {
        return entities.get(name);
    }

    /** The model's entities in model order (one list for the whole run: rules ask for it in loops). */
    public List<Entity> entities() {
        return entityList;
    }

    public String prefix(String entity) {
        return prefixes.get(entity);
    }

    public List<Need> needs() {
        return needs;
    }

    public List<Need> needsOf(String entity) {
        return needsByEntity.getOrDefault(entity, List.of());
    }

    /** The entity's write patterns in model order (indexed once, so rules need not scan every pattern). */
    public List<AccessPattern> writesOf(String entity) {
        return writesByEntity.getOrDefault(entity, List.of());
    }

    /**
     * Whether a read asks for a number attribute's leading digits (begins_with): its keys then hold
     * the plain number, because zero-padding would change the prefix; unless another pattern sorts
     * or ranges over it.
     */
    public boolean digitPrefixed(String entity, String attr) {
        List<Need> list = needsByEntity.getOrDefault(entity, List.of());
        boolean prefixes = list.stream().anyMatch(n -> n.range() != null && n.range().attribute().equals(attr)
                && n.range().op() == io.keysmith.model.Op.BEGINS_WITH);
        // Order and other ranges need the padding more: they would be wrong for every value, not only some.
        boolean sorts = list.stream().anyMatch(n -> attr.equals(n.sortAttribute())
                && (n.range() == null || n.range().op() != io.keysmith.model.Op.BEGINS_WITH));
        return prefixes && !sorts;
    }

    /** Whether the attribute can be part of a primary key: always present and never updated. */
    public boolean stable(String entity, String attr) {
        Entity e = entities.get(entity);
        Attribute a = e.attribute(attr).orElse(null);
        return a != null && !a.isOptional() && a.type().isScalar() && !changing.get(entity).contains(attr);
    }

    public boolean changes(String entity, String attr) {
        return changing.get(entity).contains(attr);
    }

    /** The layouts of an entity: base first, then LSIs, then GSIs in slot order. */
    public List<Layout> layoutsOf(String entity) {
        List<Layout> list = new ArrayList<>(layouts.get(entity));
        list.sort(Comparator.comparingInt(l -> l.slot() == 0 ? 0 : l.slot() < 0 ? 100 - l.slot() : 1000 + l.slot()));
        return list;
    }

    public Layout layout(String entity, int slot) {
        return layouts.get(entity).stream().filter(l -> l.slot() == slot).findFirst().orElse(null);
    }

    public void add(Layout layout) {
        layouts.get(layout.entity()).add(layout);
    }

    public int gsiCount() {
        return layouts.values().stream().flatMap(List::stream).mapToInt(Layout::slot).max().orElse(0);
    }

    public int lsiCount() {
        return -layouts.values().stream().flatMap(List::stream).mapToInt(Layout::slot).min().orElse(0);
    }

    public List<Lookup> lookups() {
        return lookups;
    }

    public Lookup lookup(String entity, String attr) {
        return lookups.stream().filter(l -> l.entity().equals(entity) && l.attribute().equals(attr)).findFirst().orElse(null);
    }

    public List<Lookup> lookupsOf(String entity) {
        // Rules only append to lookups(): index what was added since the last call.
        for (; lookupsIndexed < lookups.size(); lookupsIndexed++) {
            Lookup l = lookups.get(lookupsIndexed);
            lookupsByEntity.computeIfAbsent(l.entity(), k -> new ArrayList<>()).add(l);
        }
        return List.copyOf(lookupsByEntity.getOrDefault(entity, List.of()));
    }

    public void assign(Need n, Assignment a) {
        assigned.put(n.id(), a);
        if (a.match() != null) {
            a.match().layout().served().add(n.id());
        }
    }

    /** Replaces the match of an assigned need after its layout's sort key grew (a full match may become a prefix). */
    public void rematch(String patternId, Match m) {
        Assignment a = assigned.get(patternId);
        if (a != null && a.match() != null && a.match().layout() == m.layout()) {
            assigned.put(patternId, new Assignment(m, a.lookup(), a.rule(), a.colocated()));
        }
    }

    public Assignment assignment(String patternId) {
        return assigned.get(patternId);
    }

    public boolean isAssigned(Need n) {
        return assigned.containsKey(n.id()) || scans.containsKey(n.id());
    }

    /** Serves the pattern with a Scan on purpose (no rule gives it a key); {@code reason} says why. */
    public void chooseScan(Need n, String reason) {
        scans.put(n.id(), reason);
    }

    /** Why the pattern is served by a Scan by choice, or null. */
    public String scanReason(String patternId) {
        return scans.get(patternId);
    }

    public Map<String, PatternPlan> plans() {
        return plans;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * Adds the warning unless an equal one is already there. Rules only append to
     * {@link #warnings()}, so a set of those seen so far answers without comparing every warning.
     */
    public void warnOnce(Warning w) {
        for (; warnedUpTo < warnings.size(); warnedUpTo++) {
            warned.add(warnings.get(warnedUpTo));
        }
        if (warned.add(w)) {
            warnings.add(w);
            warnedUpTo++;
        }
    }

    public List<Denormalization> denormalizations() {
        return denormalizations;
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * Stores the child inside its host: patterns reading the host stop including it (it comes
     * with the host item) and the child gets no key of its own.
     */
    public void embed(Embedding e) {
        embeddings.put(e.child(), e);
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            if (n.entity().name().equals(e.host()) && n.include().contains(e.child())) {
                List<String> include = n.include().stream().filter(x -> !x.equals(e.child())).toList();
                Need without = new Need(n.pattern(), n.entity(), n.equalities(), n.range(), n.order(), include);
                needs.set(i, without);
                List<Need> own = needsByEntity.get(n.entity().name());
                own.set(own.indexOf(n), without);
            }
        }
    }

    /**
     * Serves a filter's {@code =} condition with the key instead: the pattern's need gets it as an
     * equality, so an index keyed by it (sparse for a constant) is chosen like for a where condition.
     */
    public Need promote(Need n, Condition filter) {
        List<Condition> eq = new ArrayList<>(n.equalities());
        eq.add(filter);
        Need promoted = new Need(n.pattern(), n.entity(), List.copyOf(eq), n.range(), n.order(), n.include());
        needs.set(needs.indexOf(n), promoted);
        List<Need> own = needsByEntity.get(n.entity().name());
        own.set(own.indexOf(n), promoted);
        return promoted;
    }

    /** How the entity is embedded in another, or null when it is stored as items. */
    public Embedding embedding(String child) {
        return embeddings.get(child);
    }

    /** The children embedded in the host, in the order they were embedded. */
    public List<Embedding> embeddedIn(String host) {
        return embeddings.values().stream().filter(e -> e.host().equals(host)).toList();
    }

    /** The table holding the entity's items (set by the table layout rule). */
    public String tableOf(String entity) {
        return tableOf.get(entity);
    }

    public void tableOf(String entity, String table) {
        tableOf.put(entity, table);
        entitiesByTable = null;
    }

    /** The entities whose table is {@code table} (embedded ones included), in model order. */
    public List<Entity> entitiesIn(String table) {
        if (entitiesByTable == null) {
            entitiesByTable = new HashMap<>();
            for (Entity e : entityList) {
                String t = tableOf.get(e.name());
                if (t != null) {
                    entitiesByTable.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return Collections.unmodifiableList(entitiesByTable.getOrDefault(table, List.of()));
    }

    /** The table names in order of first use, the markers' own table last when it holds any. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>(tableOf.values().stream().distinct().toList());
        if (markerTable != null && !lookups.isEmpty()) {
            names.add(markerTable);
        }
        return names;
    }

    /** The table holding the entity's uniqueness and identifier markers: its own table unless the style gives them one. */
    public String markerTableOf(String entity) {
        return markerTable != null ? markerTable : tableOf(entity);
    }

    /** Whether markers live in a table of their own (the multi-table style), not beside their items. */
    public boolean markersApart() {
        return markerTable != null;
    }

    /** The markers' own table, or null when markers live beside their items. */
    public String markerTable() {
        return markerTable;
    }

    public void markerTable(String table) {
        markerTable = table;
    }

    /** The projection of a GSI (slot > 0) or LSI (slot < 0); ALL unless a rule chose another. */
    public Projection projection(int slot) {
        return projections.getOrDefault(slot, Projection.ALL);
    }

    public void projection(int slot, Projection projection) {
        projections.put(slot, projection);
    }

    /** Every used index slot: GSIs ascending, then LSIs. */
    public List<Integer> indexSlots() {
        java.util.TreeSet<Integer> gsis = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> lsis = new java.util.TreeSet<>(Comparator.reverseOrder());
        layouts.values().stream().flatMap(List::stream).forEach(l -> (l.slot() > 0 ? gsis : lsis).add(l.slot()));
        lsis.remove(0);
        List<Integer> out = new ArrayList<>(gsis);
        out.addAll(lsis);
        return out;
    }

    /** Billing mode from the model's settings. */
    public BillingMode billingMode() {
        return model.settingsOrDefault().billingModeOrDefault();
    }

    /** The tables as the design document will hold them, from the layouts so far. */
    public List<Table> tables() {
        return DesignAssembler.tables(this);
    }

    public Cost cost() {
        return cost;
    }

    /** What the pattern's capacity figures assume ("... unknown, assumed N"), or null when nothing. */
    public String capacityAssumption(String pattern) {
        return capacityAssumptions.get(pattern);
    }

    public void capacityAssumption(String pattern, String text) {
        capacityAssumptions.put(pattern, text);
    }

    public void cost(Cost value) {
        cost = value;
    }

    public void step(String rule, boolean fired, String title, String explanation, List<String> entities,
            List<String> patterns, List<String> changes) {
        steps.add(new Step(steps.size() + 1, rule, title, explanation,
                entities == null || entities.isEmpty() ? null : entities,
                patterns == null || patterns.isEmpty() ? null : patterns,
                changes == null || changes.isEmpty() ? null : changes, fired));
    }

    /** Relationships in which {@code child} holds the foreign key of a parent, with that key resolved. */
    public List<Link> parentLinks(String child) {
        return links.computeIfAbsent(child, this::resolveLinks);
    }

    private List<Link> resolveLinks(String child) {
        if (linksByChild == null) {
            // Every link of the model resolved once, grouped by child in model order: resolving them per
            // child repeated the whole model's work for each entity.
            linksByChild = new HashMap<>();
            for (ParentLink l : ParentLinks.of(model)) {
                linksByChild.computeIfAbsent(l.child(), k -> new ArrayList<>())
                        .add(new Link(l.parent(), l.child(), l.parentIdentifiers(), l.childAttributes()));
            }
        }
        List<Link> own = linksByChild.get(child);
        return own == null ? List.of() : List.copyOf(own);
    }

    /** A parent-child link: the parent attributes and the child's foreign key, position by position. */
    public record Link(String parent, String child, List<String> parentIds, List<String> foreignKey) {
    }
}
