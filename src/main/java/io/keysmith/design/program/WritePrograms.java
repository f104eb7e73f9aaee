package io.keysmith.design.program;

import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the program of every create, update and delete from the finished design's rows: a
 * create puts the whole item and its uniqueness markers, refused when either exists; an update
 * rewrites every key built from what it sets (a sparse key removed when its condition no longer
 * holds), moves a marker whose value changes and moves the item when its base key changes; a
 * delete removes the item and its markers, and first the implied many-to-many edges of the item
 * ({@link SideEdges}). Values read before the write are checked unchanged.
 */
public final class WritePrograms {

    /** A pattern's program, and a warning when finding its item needs a Scan. */
    public record Program(List<ProgramRequest> steps, String warning) {
    }

    private final Model model;
    private final StoredEntity.Rows rows;
    private final Map<String, Entity> entities = new HashMap<>();
    // How each entity is stored, found once: several patterns write the same entity.
    private final Map<String, Optional<StoredEntity>> stored = new HashMap<>();

    public WritePrograms(Model model, List<Table> tables) {
        this.model = model;
        this.rows = new StoredEntity.Rows(tables);
        model.entities().forEach(e -> entities.putIfAbsent(e.name(), e));
    }

    /** How the design stores the named entity, or empty when the model has no such entity or the design no row of it. */
    Optional<StoredEntity> stored(String entity) {
        Optional<StoredEntity> known = stored.get(entity);
        if (known == null) {
            Entity e = entity == null ? null : entities.get(entity);
            known = e == null ? Optional.empty() : StoredEntity.of(e, rows);
            stored.put(entity, known);
        }
        return known;
    }

    /** The program of a write pattern, or empty for a read or an entity the design does not store. */
    public Optional<Program> of(AccessPattern p) {
        if (p.isRead() || p.type() == null) {
            return Optional.empty();
        }
        Optional<StoredEntity> found = stored(p.entity());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredEntity s = found.get();
        if (s.embedded() != null) {
            return EmbeddedPrograms.of(s, p, this::stored).map(steps -> new Program(steps, null));
        }
        return Optional.of(switch (p.type()) {
            case CREATE -> new Program(create(s), null);
            case UPDATE -> update(s, p);
            case DELETE -> delete(s, p);
            case READ -> throw new IllegalStateException("not a write");
        });
    }

    /**
     * The edge removals a delete pattern's program makes before the item (a many-to-many side's
     * implied edges); none for any other pattern.
     */
    public List<EdgeRemoval> edgeRemovals(AccessPattern p) {
        if (p.type() != io.keysmith.model.PatternType.DELETE) {
            return List.of();
        }
        Optional<StoredEntity> found = stored(p.entity());
        return found.isEmpty() || found.get().embedded() != null ? List.of() : SideEdges.removals(model, found.get(), this::stored);
    }

    private static List<ProgramRequest> create(StoredEntity s) {
        List<ProgramRequest> parts = new ArrayList<>();
        parts.add(put(s, List.of(Check.notExists(s.partitionKey())), null, "the " + s.entity().name()
                + " item with every attribute and derived key, refused when it exists"));
        for (StoredEntity.Marker m : s.markers()) {
            parts.add(putMarker(s, m, null));
        }
        return List.of(transaction(parts));
    }

    private static Program update(StoredEntity s, AccessPattern p) {
        Set<String> given = given(s);
        Set<String> set = new LinkedHashSet<>(p.setOrEmpty());
        Set<String> known = new LinkedHashSet<>(given);
        known.addAll(set);
        List<String> rewritten = new ArrayList<>();
        Set<String> computedFrom = new LinkedHashSet<>();
        for (String key : s.derivedKeys().keySet()) {
            Set<String> sources = s.sources(key);
            // a natural key (multi-table) is the attribute itself: setting it is the rewrite, and a second SET would overlap
            if (sources.stream().anyMatch(set::contains) && !set.contains(key)) {
                rewritten.add(key);
                computedFrom.addAll(sources);
            }
        }
        List<String> moves = s.baseKeyAttributes().stream().filter(set::contains).toList();
        List<StoredEntity.Marker> markers = s.markers().stream().filter(m -> m.keyedBy().stream().anyMatch(set::contains))
                .toList();
        // markers that keep a copy of a base key attribute the update moves
        List<StoredEntity.Marker> pointing = s.markers().stream().filter(m -> !markers.contains(m) && m.row().attributes() != null
                && m.row().attributes().stream().anyMatch(moves::contains)).toList();
        boolean locate = !given.containsAll(s.baseKeyAttributes());
        boolean read = locate || !moves.isEmpty() || !markers.isEmpty() || !known.containsAll(computedFrom);
        List<ProgramRequest> steps = new ArrayList<>();
        String warning = null;
        if (read) {
            CurrentItemRead.Reads reads = CurrentItemRead.of(s, given, readReason(locate, moves, markers, rewritten));
            steps.addAll(reads.steps());
            warning = reads.scans() ? p.id() + " must scan the table to find the " + s.entity().name()
                    + " it updates: no key can be filled from " + String.join(", ", given) : null;
        }
        Map<String, String> key = locate ? s.rawBaseKey() : s.baseKey(s.item());
        Scope keyFrom = read ? Scope.CURRENT : null;
        // values read and used for the new keys or the old markers must still hold when the write lands
        List<Check> locked = new ArrayList<>();
        locked.add(Check.exists(s.partitionKey()));
        if (read) {
            computedFrom.stream().filter(a -> !set.contains(a) && !given.contains(a) && s.entity().hasAttribute(a)).forEach(a -> locked.add(Check.unchanged(a)));
            markers.forEach(m -> m.keyedBy().forEach(a -> locked.add(Check.unchanged(a))));
        }
        List<UpdateAction> actions = new ArrayList<>();
        for (String a : set) {
            if (!s.baseKeyNames().contains(a)) {
                actions.add(UpdateAction.set(a, "{" + a + "}"));
            }
        }
        for (String k : rewritten) {
            actions.add(new UpdateAction(Action.SET, k, null, s.item().keys().get(k), s.when(k), null));
        }
        List<ProgramRequest> parts = new ArrayList<>();
        ProgramRequest updateItem = new ProgramRequest(Operation.UPDATE_ITEM, s.table().name(), null, key, keyFrom, null, null,
                null, null, null, null, actions, locked, null, moves.isEmpty() ? null : moves, null,
                "set " + String.join(", ", set) + (rewritten.isEmpty() ? "" : " and rewrite " + String.join(", ", rewritten))
                        + ", only if the item exists");
        if (!moves.isEmpty()) {
            List<Check> deleteChecks = new ArrayList<>(locked);
            parts.add(new ProgramRequest(Operation.DELETE_ITEM, s.table().name(), null, key, Scope.CURRENT, null, null, null,
                    null, null, null, null, deleteChecks, moves, null, null,
                    "the base key holds " + String.join(", ", moves) + ": delete the item at its old key"));
            parts.add(put(s, List.of(Check.notExists(s.partitionKey())), moves, "and put it whole at its new key"));
        }
        if (!actions.isEmpty()) {
            parts.add(updateItem);
        }
        for (StoredEntity.Marker m : markers) {
            parts.add(new ProgramRequest(Operation.DELETE_ITEM, m.table().name(), null, m.key(), Scope.CURRENT, null,
                    null, null, null, null, null, null, null, m.keyedBy(), null, null,
                    "release the old " + m.describe() + " marker"));
            parts.add(putMarker(s, m, m.keyedBy()));
        }
        for (StoredEntity.Marker m : pointing) {
            List<UpdateAction> copy = moves.stream().filter(m.row().attributes()::contains)
                    .map(a -> UpdateAction.set(a, "{" + a + "}")).toList();
            parts.add(new ProgramRequest(Operation.UPDATE_ITEM, m.table().name(), null, m.key(), Scope.CURRENT, null,
                    null, null, null, null, null, copy, List.of(Check.exists(s.partitionKey())), moves, null, null,
                    "the " + m.describe() + " marker follows the item to its new key"));
        }
        steps.add(transaction(parts));
        return new Program(steps, warning);
    }

    private Program delete(StoredEntity s, AccessPattern p) {
        Set<String> given = given(s);
        boolean locate = !given.containsAll(s.baseKeyAttributes());
        boolean read = locate || !s.markers().isEmpty();
        List<ProgramRequest> steps = new ArrayList<>();
        String warning = null;
        if (read) {
            CurrentItemRead.Reads reads = CurrentItemRead.of(s, given, locate ? "the caller does not give its whole key"
                    : "its unique values name the markers to delete");
            steps.addAll(reads.steps());
            warning = reads.scans() ? p.id() + " must scan the table to find the " + s.entity().name()
                    + " it deletes: no key can be filled from " + String.join(", ", given) : null;
        }
        // The implied edges of a many-to-many side go before the item: a program stopped midway leaves
        // the item with fewer edges, all naming a live item (and the delete can be run again), while
        // deleting the item first would leave edges whose reads name a deleted item.
        steps.addAll(SideEdges.deleteSteps(model, s, this::stored));
        List<Check> checks = new ArrayList<>();
        checks.add(Check.exists(s.partitionKey()));
        s.markers().stream().filter(m -> !m.identifier()).forEach(m -> m.keyedBy().forEach(a -> checks.add(Check.unchanged(a))));
        List<ProgramRequest> parts = new ArrayList<>();
        parts.add(new ProgramRequest(Operation.DELETE_ITEM, s.table().name(), null,
                locate ? s.rawBaseKey() : s.baseKey(s.item()), read ? Scope.CURRENT : null, null, null, null, null, null, null,
                null, checks, null, null, null, "delete the item, only if it exists"));
        for (StoredEntity.Marker m : s.markers()) {
            parts.add(new ProgramRequest(Operation.DELETE_ITEM, m.table().name(), null, m.key(), Scope.CURRENT, null,
                    null, null, null, null, null, null, null, null, null, null, "release the " + m.describe() + " marker"));
        }
        steps.add(transaction(parts));
        return new Program(steps, warning);
    }

    /** The whole item: its keys (sparse ones with their condition), every attribute, empty maps for embedded children. */
    private static ProgramRequest put(StoredEntity s, List<Check> checks, List<String> ifChanged, String why) {
        List<ItemValue> item = new ArrayList<>();
        s.item().keys().forEach((k, t) -> item.add(new ItemValue(k, t, null, s.when(k), null)));
        for (Attribute a : s.entity().attributes()) {
            if (!s.item().keys().containsKey(a.name())) {
                item.add(ItemValue.of(a.name(), "{" + a.name() + "}"));
            }
        }
        for (ItemRow hosted : s.hostedMaps()) {
            if (item.stream().noneMatch(v -> v.attribute().equals(hosted.attribute()))) {
                item.add(new ItemValue(hosted.attribute(), "{" + hosted.attribute() + "}", null, null, Map.of()));
            }
        }
        return new ProgramRequest(Operation.PUT_ITEM, s.table().name(), null, null, null, null, null, null, null, null, item,
                null, checks, ifChanged, null, null, why);
    }

    private static ProgramRequest putMarker(StoredEntity s, StoredEntity.Marker m, List<String> ifChanged) {
        List<ItemValue> item = new ArrayList<>();
        m.row().keys().forEach((k, t) -> item.add(ItemValue.of(k, t)));
        List<String> held = m.row().attributes() != null ? m.row().attributes() : s.entity().identifierNames();
        for (String a : held) {
            if (!m.row().keys().containsKey(a)) {
                item.add(ItemValue.of(a, "{" + a + "}"));
            }
        }
        return new ProgramRequest(Operation.PUT_ITEM, m.table().name(), null, null, null, null, null, null, null, null, item,
                null, List.of(Check.notExists(m.partitionKey())), ifChanged, null, null,
                "the " + m.describe() + " marker, refused when another " + s.entity().name() + " holds the value");
    }

    /** One request alone, or a transaction of several (all or nothing). */
    static ProgramRequest transaction(List<ProgramRequest> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new ProgramRequest(Operation.TRANSACT_WRITE_ITEMS, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, parts, "all or nothing");
    }

    private static String readReason(boolean locate, List<String> moves, List<StoredEntity.Marker> markers,
            List<String> rewritten) {
        if (locate) {
            return "the caller does not give its whole key";
        }
        if (!moves.isEmpty()) {
            return "its base key holds " + String.join(", ", moves) + ", so it moves";
        }
        if (!markers.isEmpty()) {
            return "the old " + String.join(", ", markers.stream().map(StoredEntity.Marker::describe).toList())
                    + " names the marker to release";
        }
        return String.join(", ", rewritten) + (rewritten.size() == 1 ? " also holds" : " also hold")
                + " attributes the update does not give";
    }

    /**
     * What the caller of an update or delete gives: the entity's identifier (the generated code's
     * contract, whatever the pattern's {@code where} names besides).
     */
    static Set<String> given(StoredEntity s) {
        return new LinkedHashSet<>(s.entity().identifierNames());
    }
}
