package io.keysmith.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whole-model checks on a model that has the right shape: names, references between entities,
 * relationships and access patterns. Returns every problem at once, each with its location.
 */
public final class ModelValidator {

    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final int MAX_ITEM_BYTES = 400 * 1024;

    private final Model model;
    private final List<Problem> problems = new ArrayList<>();
    // Entities by name, the first of a name winning as in Model.entity: a scan per reference was quadratic.
    private final Map<String, Entity> entities = new HashMap<>();

    private ModelValidator(Model model) {
        this.model = model;
        for (Entity e : model.entities()) {
            if (e.name() != null) {
                entities.putIfAbsent(e.name(), e);
            }
        }
    }

    private Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public static List<Problem> validate(Model model) {
        ModelValidator validator = new ModelValidator(model);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void run() {
        if (!Model.FORMAT.equals(model.format())) {
            error("format", model.format() == null
                    ? "is missing; expected \"" + Model.FORMAT + "\""
                    : ModelShape.quote(model.format()) + " is not a supported format; expected \"" + Model.FORMAT + "\"");
        }
        if (model.name() == null || model.name().isBlank()) {
            error("name", "is missing; give the model a name");
        }
        String tableName = model.settingsOrDefault().tableName();
        if (tableName != null && !TABLE_NAME.matcher(tableName).matches()) {
            error("settings.tableName", ModelShape.quote(tableName)
                    + " is not a valid DynamoDB table name (3-255 letters, digits, '_', '-', '.')");
        }
        if (model.entities().isEmpty()) {
            error("entities", "is empty; a model needs at least one entity");
        }
        checkEntities();
        checkRelationships();
        checkAccessPatterns();
    }

    private void checkEntities() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < model.entities().size(); i++) {
            Entity entity = model.entities().get(i);
            String at = "entities[" + i + "]";
            if (entity.name() == null) {
                continue;
            }
            if (!ENTITY_NAME.matcher(entity.name()).matches()) {
                error(at + ".name", ModelShape.quote(entity.name())
                        + " is not a valid entity name (a letter, then letters, digits or '_')");
            }
            if (!seen.add(entity.name())) {
                error(at + ".name", ModelShape.quote(entity.name()) + " is defined twice");
            }
            checkAttributes(entity, at);
            if (entity.itemSizeBytes() != null && entity.itemSizeBytes() > MAX_ITEM_BYTES) {
                error(at + ".itemSizeBytes", entity.itemSizeBytes()
                        + " is over DynamoDB's 400 KB item limit (409600 bytes)");
            }
            if (entity.ttl() != null) {
                var ttl = entity.attribute(entity.ttl());
                if (ttl.isEmpty()) {
                    error(at + ".ttl", notAttribute(entity.ttl(), entity));
                } else if (ttl.get().type() != AttributeType.NUMBER) {
                    error(at + ".ttl", ModelShape.quote(entity.ttl())
                            + " must be a number attribute (epoch seconds) for DynamoDB's time to live");
                }
            }
        }
    }

    private void checkAttributes(Entity entity, String at) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < entity.attributes().size(); j++) {
            Attribute attribute = entity.attributes().get(j);
            String aat = at + ".attributes[" + j + "]";
            String name = attribute.name();
            if (!seen.add(name)) {
                error(aat + ".name", ModelShape.quote(name) + " is defined twice in " + entity.name());
            }
            checkAttributeName(name, aat + ".name");
            if (attribute.partOfIdentifier() && !attribute.type().isScalar()) {
                error(aat + ".identifier", "an identifier must be a string, number, date or binary, not "
                        + attribute.type().json());
            }
            if (attribute.values() != null) {
                for (int k = 0; k < attribute.values().size(); k++) {
                    Object value = attribute.values().get(k);
                    if (!fitsType(value, attribute.type())) {
                        error(aat + ".values[" + k + "]", "\"" + Text.printable(String.valueOf(value))
                                + "\" is not a " + attribute.type().json());
                    }
                }
            }
            if (attribute.weights() != null && (attribute.values() == null
                    || attribute.weights().size() != attribute.values().size())) {
                error(aat + ".weights", "has " + attribute.weights().size() + " entries but \"values\" has "
                        + (attribute.values() == null ? "none" : attribute.values().size())
                        + "; give one weight per value, in the same order");
            }
        }
        if (!entity.attributes().isEmpty() && entity.identifiers().isEmpty()) {
            error(at + ".attributes", entity.name()
                    + " has no identifier; mark the attribute(s) that identify one item with \"identifier\": true");
        }
    }

    private void checkAttributeName(String name, String at) {
        if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
            error(at, "is longer than DynamoDB's 255-byte limit for attribute names");
        }
        for (char c : name.toCharArray()) {
            if (Character.isISOControl(c) || c == '{' || c == '}' || c == '#') {
                error(at, ModelShape.quote(name) + " contains '" + Text.printable(String.valueOf(c))
                        + "'; attribute names may not contain control characters, '{', '}' or '#'");
                return;
            }
        }
    }

    private void checkRelationships() {
        for (int i = 0; i < model.relationships().size(); i++) {
            Relationship r = model.relationships().get(i);
            String at = "relationships[" + i + "]";
            var from = entity(r.from());
            var to = entity(r.to());
            if (from.isEmpty()) {
                error(at + ".from", notEntity(r.from()));
            }
            if (to.isEmpty()) {
                error(at + ".to", notEntity(r.to()));
            }
            if (r.maxChildren() != null && r.maxChildren() < 1) {
                error(at + ".maxChildren", "must be 1 or more");
            }
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                checkThrough(r, at, from.get(), to.get());
            } else if (r.foreignKey() != null) {
                for (String key : r.foreignKey()) {
                    if (!to.get().hasAttribute(key)) {
                        error(at + ".foreignKey", notAttribute(key, to.get()));
                    }
                }
            } else {
                List<String> missing = ParentLinks.missingDefaultAttributes(from.get(), to.get());
                if (!missing.isEmpty()) {
                    error(at + ".foreignKey", r.to() + " has no attribute " + ModelShape.quote(missing.get(0))
                            + " (the identifier of " + r.from() + "); add it or name the foreign key");
                }
            }
        }
    }

    private void checkThrough(Relationship r, String at, Entity from, Entity to) {
        if (r.through() == null) {
            if (!EdgeEntities.servable(from, to)) {
                warning(at, "a many-to-many relationship without \"through\" whose sides' identifiers share a name"
                        + " (or an entity linked to itself): name the entity that links " + r.from() + " and " + r.to()
                        + " so both directions can be served");
            }
            return;
        }
        var through = entity(r.through());
        if (through.isEmpty()) {
            error(at + ".through", notEntity(r.through()));
            return;
        }
        for (Entity side : List.of(from, to)) {
            // linked either by the side's identifier names or by its own relationship to the link entity
            boolean linked = ParentLinks.declaresLink(model, side.name(), r.through());
            for (String id : ParentLinks.missingDefaultAttributes(side, through.get())) {
                if (!linked) {
                    error(at + ".through", r.through() + " has no attribute " + ModelShape.quote(id)
                            + " to point at " + side.name());
                }
            }
        }
    }

    private void checkAccessPatterns() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < model.accessPatterns().size(); i++) {
            AccessPattern p = model.accessPatterns().get(i);
            String at = "accessPatterns[" + i + "]";
            if (!ids.add(p.id())) {
                error(at + ".id", ModelShape.quote(p.id()) + " is used by another access pattern");
            }
            if (p.name() == null || p.name().isBlank()) {
                warning(at + ".name", "is missing; describe the pattern in a sentence");
            }
            var entity = entity(p.entity());
            if (entity.isEmpty()) {
                error(at + ".entity", notEntity(p.entity()));
                continue;
            }
            new PatternChecks(model, entity.get(), p, at, problems).run();
        }
    }

    static boolean fitsType(Object value, AttributeType type) {
        return switch (type) {
            case NUMBER, NUMBER_SET -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            default -> value instanceof String;
        };
    }

    private String notEntity(String name) {
        return ModelShape.quote(name) + " is not an entity of the model"
                + Suggest.closest(name, model.entities().stream().map(Entity::name).toList());
    }

    static String notAttribute(String name, Entity entity) {
        return ModelShape.quote(name) + " is not an attribute of " + entity.name()
                + Suggest.closest(name, entity.attributes().stream().map(Attribute::name).toList());
    }

    private void error(String at, String message) {
        problems.add(Problem.error(at, message));
    }

    private void warning(String at, String message) {
        problems.add(Problem.warning(at, message));
    }
}
