package io.keysmith.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every many-to-many relationship without a {@code through} entity an implied edge entity:
 * one item per linked pair, holding both sides' identifiers (its identifier), with a pattern to
 * link a pair and one to unlink it. The design engine, the live table and the exporters all read
 * the model through {@link #implied(Model)}, so the edges are decided once and everything that
 * reads a through entity (adjacency list, write programs, sample data, checks) serves them too.
 * A relationship of an entity with itself, or whose sides' identifiers share a name, keeps no
 * edge entity (the validator's warning stands).
 */
public final class EdgeEntities {

    /** The pattern ids of an edge entity's implied writes start with these. */
    public static final String LINK = "link-";
    public static final String UNLINK = "unlink-";

    private EdgeEntities() {
    }

    /** The model with an edge entity per bare many-to-many; the same model when it has none. */
    public static Model implied(Model model) {
        List<Entity> entities = new ArrayList<>(model.entities());
        List<Relationship> relationships = new ArrayList<>();
        List<AccessPattern> patterns = new ArrayList<>(model.accessPatterns());
        Set<String> names = new HashSet<>();
        entities.forEach(e -> names.add(e.name()));
        Set<String> ids = new HashSet<>();
        patterns.forEach(p -> ids.add(p.id()));
        boolean changed = false;
        if (model.relationships().stream().noneMatch(EdgeEntities::bare)) {
            return model; // the usual case, decided without looking entities up
        }
        for (Relationship r : model.relationships()) {
            Entity from = bare(r) ? model.entity(r.from()).orElse(null) : null;
            Entity to = bare(r) ? model.entity(r.to()).orElse(null) : null;
            if (!bare(r) || from == null || to == null || !servable(from, to)) {
                relationships.add(r);
                continue;
            }
            String edge = freeName(names, r.from() + r.to());
            names.add(edge);
            entities.add(edgeEntity(edge, r, from, to));
            relationships.add(new Relationship(r.from(), r.to(), r.cardinality(), r.foreignKey(), edge, r.maxChildren(),
                    r.name(), r.description()));
            patterns.add(new AccessPattern(freeName(ids, LINK + edge), "Link " + r.from() + " and " + r.to(),
                    PatternType.CREATE, edge, null, null, null, null, null, null, null, null, null,
                    "implied by the many-to-many " + r.from() + "-" + r.to() + " without \"through\"", true));
            patterns.add(new AccessPattern(freeName(ids, UNLINK + edge), "Unlink " + r.from() + " and " + r.to(),
                    PatternType.DELETE, edge, null, null, null, null, null, null, null, null, null,
                    "implied by the many-to-many " + r.from() + "-" + r.to() + " without \"through\"", true));
            changed = true;
        }
        return changed ? new Model(model.format(), model.name(), model.description(), model.settings(), entities,
                relationships, patterns) : model;
    }

    /** Whether the entity is an edge entity that {@link #implied(Model)} added to this model. */
    public static boolean isEdge(Model model, String entity) {
        return edges(model).contains(entity);
    }

    /**
     * The edge entities {@link #implied(Model)} added: the through entities of many-to-many relationships
     * that an inferred link pattern writes. One pass over the model, so asking per entity stays linear.
     */
    public static Set<String> edges(Model model) {
        Set<String> through = new HashSet<>();
        for (Relationship r : model.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY && r.through() != null) {
                through.add(r.through());
            }
        }
        Set<String> edges = new HashSet<>();
        if (through.isEmpty()) {
            return edges;
        }
        for (AccessPattern p : model.accessPatterns()) {
            if (p.wasInferred() && p.type() == PatternType.CREATE && p.id() != null && p.id().startsWith(LINK)
                    && through.contains(p.entity())) {
                edges.add(p.entity());
            }
        }
        return edges;
    }

    /** Whether the relationship is a many-to-many without a through entity. */
    public static boolean bare(Relationship r) {
        return r.cardinality() == Cardinality.MANY_TO_MANY && r.through() == null;
    }

    /** Whether an edge can hold both sides' identifiers under their own names. */
    static boolean servable(Entity from, Entity to) {
        if (from.name().equals(to.name()) || from.identifiers().isEmpty() || to.identifiers().isEmpty()) {
            return false;
        }
        return from.identifierNames().stream().noneMatch(to.identifierNames()::contains);
    }

    private static Entity edgeEntity(String name, Relationship r, Entity from, Entity to) {
        List<Attribute> attributes = new ArrayList<>();
        for (Entity side : List.of(from, to)) {
            for (Attribute a : side.identifiers()) {
                attributes.add(new Attribute(a.name(), a.type(), true, null, true, true, null, a.format(),
                        "the " + side.name() + " of the pair"));
            }
        }
        Long count = from.count() != null && r.maxChildren() != null ? from.count() * r.maxChildren() : null;
        return new Entity(name, "Edge of the many-to-many " + r.from() + "-" + r.to()
                + " (implied: the model names no \"through\" entity): one item per linked pair", attributes, count, null, null);
    }

    private static String freeName(Set<String> taken, String wanted) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + i;
        }
        taken.add(name);
        return name;
    }
}
