package io.keysmith.web;

import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ParentLink;
import io.keysmith.model.ParentLinks;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries a rename in the editor to every place of the model's JSON tree that names the renamed
 * entity or attribute, so renaming never leaves a relationship or access pattern pointing at a
 * name that is gone.
 */
final class ReferenceRenames {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceRenames.class);

    private ReferenceRenames() {
    }

    /** Renames entity {@code from} to {@code to} in relationships and access patterns. */
    static void entity(ObjectNode doc, String from, String to) {
        if (!renames(from, to)) {
            return;
        }
        for (ObjectNode r : objects(doc, "relationships")) {
            replaceText(r, "from", from, to);
            replaceText(r, "to", from, to);
            replaceText(r, "through", from, to);
        }
        for (ObjectNode p : objects(doc, "accessPatterns")) {
            replaceText(p, "entity", from, to);
            replaceInArray(p.get("include"), from, to);
        }
    }

    /**
     * Renames attribute {@code from} of {@code entity} to {@code to}: the entity's TTL, the
     * conditions, sort and set of its access patterns, and the foreign keys that name it. A
     * relationship that found its foreign key by name (none written) gets it written first,
     * so it keeps linking the same attributes after the rename.
     */
    static void attribute(ObjectNode doc, String entity, String from, String to) {
        if (!renames(from, to) || entity.isEmpty()) {
            return;
        }
        pinImplicitForeignKeys(doc, entity, from);
        for (ObjectNode e : objects(doc, "entities")) {
            if (entity.equals(JsonPaths.text(e, "name"))) {
                replaceText(e, "ttl", from, to);
            }
        }
        for (ObjectNode r : objects(doc, "relationships")) {
            if (entity.equals(JsonPaths.text(r, "to"))) {
                JsonNode fk = r.get("foreignKey");
                if (fk != null && fk.isString()) {
                    replaceText(r, "foreignKey", from, to);
                } else {
                    replaceInArray(fk, from, to);
                }
            }
        }
        for (ObjectNode p : objects(doc, "accessPatterns")) {
            if (!entity.equals(JsonPaths.text(p, "entity"))) {
                continue;
            }
            for (String list : List.of("where", "filter")) {
                for (JsonNode c : iterable(p.get(list))) {
                    if (c instanceof ObjectNode condition) {
                        replaceText(condition, "attribute", from, to);
                    }
                }
            }
            if (p.get("orderBy") instanceof ObjectNode orderBy) {
                replaceText(orderBy, "attribute", from, to);
            }
            replaceInArray(p.get("set"), from, to);
        }
    }

    /**
     * A relationship without a foreign key links the child's attributes named like the parent's
     * identifiers (and a many-to-many {@code through} entity is linked to each side that way);
     * when one of those names is renamed on either side, the names no longer match, so the link
     * {@link ParentLinks} resolves before the rename is written out: as the relationship's
     * foreign key, or as a one-to-many relationship from the side to the {@code through} entity.
     */
    private static void pinImplicitForeignKeys(ObjectNode doc, String entity, String attribute) {
        Model model;
        try {
            model = ModelJson.toModel(doc);
        } catch (JacksonException e) {
            // the validator reports what is wrong with the model; without a model there is no link to keep
            LOG.warn("Cannot resolve the parent links of the model before renaming {}.{}: {}", entity, attribute,
                    e.getOriginalMessage());
            return;
        }
        List<ObjectNode> relationships = objects(doc, "relationships");
        for (ParentLink link : ParentLinks.of(model)) {
            boolean named = entity.equals(link.parent()) && link.parentIdentifiers().contains(attribute)
                    || entity.equals(link.child()) && link.childAttributes().contains(attribute);
            if (!named || link.relationship().foreignKey() != null && !link.relationship().foreignKey().isEmpty()) {
                continue;
            }
            ObjectNode r;
            if (link.throughSide()) {
                ArrayNode all = doc.get("relationships") instanceof ArrayNode a ? a : doc.putArray("relationships");
                r = all.addObject();
                r.put("from", link.parent());
                r.put("to", link.child());
                r.put("cardinality", "one-to-many");
            } else {
                int i = model.relationships().indexOf(link.relationship());
                if (i < 0 || i >= relationships.size()) {
                    continue;
                }
                r = relationships.get(i);
            }
            if (link.childAttributes().size() == 1) {
                r.put("foreignKey", link.childAttributes().get(0));
            } else {
                ArrayNode keys = r.putArray("foreignKey");
                link.childAttributes().forEach(keys::add);
            }
        }
    }

    private static boolean renames(String from, String to) {
        return from != null && to != null && !from.isBlank() && !to.isBlank() && !from.equals(to.strip());
    }

    private static void replaceText(ObjectNode object, String field, String from, String to) {
        JsonNode value = object.get(field);
        if (value != null && value.isString() && value.asString().equals(from)) {
            object.put(field, to.strip());
        }
    }

    private static void replaceInArray(JsonNode node, String from, String to) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString() && array.get(i).asString().equals(from)) {
                    array.set(i, array.stringNode(to.strip()));
                }
            }
        }
    }

    private static List<ObjectNode> objects(ObjectNode doc, String field) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode n : iterable(doc.get(field))) {
            if (n instanceof ObjectNode o) {
                out.add(o);
            }
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node instanceof ArrayNode array ? array : List.of();
    }
}
