package io.keysmith.export.workbench;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Projection;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.Op;
import io.keysmith.model.PatternType;
import io.keysmith.model.Relationship;
import io.keysmith.model.Settings;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a NoSQL Workbench model file into a Keysmith model (entities with typed attributes,
 * identifiers from the key templates) and the design the file describes (tables, GSIs, one item
 * row per entity). Entities come from facets, a ModelSchema, an entity-type attribute or key
 * prefixes, in that order of preference.
 */
public final class WorkbenchImporter {

    private WorkbenchImporter() {
    }

    /** The model of a Workbench file; throws {@link WorkbenchImportException} saying what is wrong and where. */
    public static Model read(String json) {
        return readWithDesign(json).model();
    }

    public static WorkbenchImport readWithDesign(String json) {
        JsonNode root = parse(json);
        JsonNode dataModel = root.path("DataModel");
        if (!dataModel.isArray() || dataModel.isEmpty()) {
            throw new WorkbenchImportException("not a NoSQL Workbench model: \"DataModel\" is missing or empty");
        }
        List<String> notes = new ArrayList<>();
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        Map<String, EmbeddedMaps.Found> embedded = new LinkedHashMap<>();
        for (int t = 0; t < dataModel.size(); t++) {
            tables.add(table(dataModel.get(t), "DataModel[" + t + "]", root.path("ModelSchema"), entities, embedded, notes));
        }
        List<Relationship> relationships = new ArrayList<>();
        List<AccessPattern> patterns = new ArrayList<>();
        for (EmbeddedMaps.Found found : embedded.values()) {
            String child = embed(found, entities, relationships, patterns, notes);
            tables.replaceAll(t -> t.name().equals(found.table()) ? withRow(t, new ItemRow(child, Map.of(), found.host(),
                    null, "embedded", null, found.attribute(), found.keyedBy(), found.hostKey())) : t);
        }
        List<Entity> modelEntities = new ArrayList<>();
        for (EntityBuilder entity : entities.values()) {
            if (entity.host == null) {
                modelEntities.add(entity.build());
                // An embedded entity follows its host, as it is stored.
                entities.values().stream().filter(e -> entity.name.equals(e.host)).forEach(e -> modelEntities.add(e.build()));
            }
        }
        String name = root.path("ModelName").asString("");
        name = name.isBlank() ? "Imported from NoSQL Workbench" : name;
        String description = root.path("ModelMetadata").path("Description").asString("");
        String tableName = tables.size() == 1 ? tables.get(0).name() : null;
        BillingMode billing = BillingMode.parse(dataModel.get(0).path("BillingMode").asString(null)).orElse(null);
        Model model = new Model(Model.FORMAT, name, description.isBlank() ? null : description,
                new Settings(tableName, tables.size() == 1 ? TableStyle.SINGLE_TABLE : TableStyle.MULTI_TABLE, billing),
                modelEntities, relationships, patterns);
        List<String> restoredNotes = new ArrayList<>();
        Optional<KeysmithSection.Restored> restored = KeysmithSection.read(root, restoredNotes);
        if (restored.isPresent()) {
            // Keysmith wrote this file and it is unchanged: its own model and key templates, not guesses
            model = restored.get().model();
            tables = restored.get().tables();
            notes = restoredNotes;
        } else {
            notes.addAll(restoredNotes);
        }
        Design design = new Design(Design.FORMAT, model.name(), tables.size() == 1 ? TableStyle.SINGLE_TABLE : TableStyle.MULTI_TABLE, tables,
                List.of(), List.of(), List.of(), List.of(), null);
        return new WorkbenchImport(model, design, notes);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new WorkbenchImportException("the file is empty; expected a NoSQL Workbench model (JSON)");
        }
        try {
            JsonNode root = ModelJson.parseTree(json);
            if (!root.isObject()) {
                throw new WorkbenchImportException("not a NoSQL Workbench model: expected a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            String where = ModelJson.where(e);
            throw new WorkbenchImportException((where.isEmpty() ? "" : where + ": ") + ModelJson.syntaxMessage(e));
        }
    }

    /**
     * Adds an entity found embedded in its host's map: its attributes, identifier (the host's
     * identifier it holds and the attributes keying its entry), a bounded one-to-many relationship
     * named after the map, and a read of the host with it, the only way the file shows it is read;
     * with these a re-design embeds it again. The map itself is no attribute of the host.
     */
    private static String embed(EmbeddedMaps.Found found, Map<String, EntityBuilder> entities,
            List<Relationship> relationships, List<AccessPattern> patterns, List<String> notes) {
        EntityBuilder host = entities.get(found.host());
        host.attributes.remove(found.attribute());
        String name = EmbeddedMaps.childName(found.attribute());
        if (entities.containsKey(name)) {
            name = found.host() + name;
        }
        EntityBuilder child = new EntityBuilder(name);
        child.host = found.host();
        entities.put(name, child);
        found.types().forEach((attribute, type) -> child.attributes.put(attribute, WorkbenchTypes.parse(type)));
        child.identifiers.addAll(found.hostKey().keySet());
        child.identifiers.addAll(found.keyedBy());
        relationships.add(new Relationship(found.host(), name, Cardinality.ONE_TO_MANY,
                found.hostKey().isEmpty() ? null : List.copyOf(found.hostKey().keySet()), null, found.maxEntries(),
                found.attribute(), null));
        List<String> where = found.hostKey().isEmpty() ? List.copyOf(host.identifiers) : List.copyOf(found.hostKey().values());
        String id = "AP" + (patterns.size() + 1);
        patterns.add(new AccessPattern(id, "Get a " + found.host() + " with its " + found.attribute(), PatternType.READ,
                found.host(), where.stream().map(a -> Condition.param(a, Op.EQ)).toList(), null, null, List.of(name),
                null, null, null, null, null, "inferred on import: the file stores " + name + " only inside "
                        + found.host() + " items"));
        notes.add(name + " (map " + found.attribute() + " of " + found.host() + " items): an embedded entity; at most "
                + found.maxEntries() + " per " + found.host() + " in the samples, taken as its bound (maxChildren)");
        return name;
    }

    private static Table withRow(Table t, ItemRow row) {
        List<ItemRow> rows = new ArrayList<>(t.items());
        rows.add(row);
        return t.withItems(rows);
    }

    private static Table table(JsonNode node, String at, JsonNode rootSchema, Map<String, EntityBuilder> entities,
            Map<String, EmbeddedMaps.Found> embedded, List<String> notes) {
        String name = text(node, "TableName", at);
        KeyAttribute pk = key(node.path("KeyAttributes").path("PartitionKey"), at + ".KeyAttributes.PartitionKey");
        JsonNode skNode = node.path("KeyAttributes").path("SortKey");
        KeyAttribute sk = skNode.isMissingNode() || skNode.isNull() ? null : key(skNode, at + ".KeyAttributes.SortKey");
        List<SecondaryIndex> gsis = new ArrayList<>();
        JsonNode gsiNodes = node.path("GlobalSecondaryIndexes");
        for (int i = 0; i < gsiNodes.size(); i++) {
            JsonNode g = gsiNodes.get(i);
            String gat = at + ".GlobalSecondaryIndexes[" + i + "]";
            JsonNode gsk = g.path("KeyAttributes").path("SortKey");
            List<String> nonKey = new ArrayList<>();
            g.path("Projection").path("NonKeyAttributes").forEach(a -> nonKey.add(a.asString("")));
            String projection = g.path("Projection").path("ProjectionType").asString("ALL");
            gsis.add(new SecondaryIndex(text(g, "IndexName", gat), key(g.path("KeyAttributes").path("PartitionKey"),
                    gat + ".KeyAttributes.PartitionKey"), gsk.isMissingNode() ? null : key(gsk, gat + ".KeyAttributes.SortKey"),
                    new Projection(projection, "INCLUDE".equals(projection) ? nonKey : null)));
        }
        Map<String, String> declared = new LinkedHashMap<>();
        node.path("NonKeyAttributes").forEach(a -> declared.put(a.path("AttributeName").asString(""),
                a.path("AttributeType").asString("S")));
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(pk);
        if (sk != null) {
            keys.add(sk);
        }
        gsis.forEach(g -> {
            keys.add(g.partitionKey());
            if (g.sortKey() != null) {
                keys.add(g.sortKey());
            }
        });
        Set<String> keyNames = new LinkedHashSet<>(keys.stream().map(KeyAttribute::name).toList());
        JsonNode schema = node.path("ModelSchema").isObject() ? node.path("ModelSchema") : rootSchema;
        List<EntityGroup> groups = EntityGroups.of(node, schema, pk.name(), sk == null ? null : sk.name());
        List<String> entityNames = groups.stream().map(EntityGroup::entity).toList();
        List<ItemRow> rows = new ArrayList<>();
        for (EntityGroup group : groups) {
            EntityBuilder entity = entities.computeIfAbsent(group.entity(), EntityBuilder::new);
            Map<String, String> templates = templates(group, keys, keyNames, entityNames);
            if (!templates.containsKey(pk.name())) {
                notes.add(group.entity() + " (" + group.source() + "): no sample items and no key template; "
                        + "its key is assumed to be {" + KeyTemplateInference.attributeName(pk.name()) + "}");
                templates.put(pk.name(), "{" + KeyTemplateInference.attributeName(pk.name()) + "}");
            }
            entity.addAttributes(group, keyNames, declared);
            List<String> hostIds = new ArrayList<>();
            templates.forEach((key, template) -> {
                boolean identifying = key.equals(pk.name()) || (sk != null && key.equals(sk.name()));
                List<String> placeholders = KeyTemplate.of(template).attributes();
                entity.addPlaceholders(placeholders, identifying);
                if (identifying) {
                    hostIds.addAll(placeholders);
                }
            });
            for (EmbeddedMaps.Found found : EmbeddedMaps.in(name, group.entity(), group.items(), keyNames, hostIds)) {
                embedded.merge(group.entity() + "\u0000" + found.attribute(), found, EmbeddedMaps.Found::merge);
            }
            rows.add(new ItemRow(group.entity(), templates, null, null, null, null));
        }
        BillingMode billing = BillingMode.parse(node.path("BillingMode").asString(null)).orElse(null);
        JsonNode capacity = node.path("ProvisionedCapacitySettings").path("ProvisionedThroughput");
        Table.Capacity provisioned = billing == BillingMode.PROVISIONED && capacity.isObject()
                ? new Table.Capacity(capacity.path("ReadCapacityUnits").asLong(5), capacity.path("WriteCapacityUnits").asLong(5))
                : null;
        return new Table(name, pk, sk, gsis, List.of(), billing, null, rows, provisioned, null);
    }

    /** The key templates of one entity: stated ones, else inferred from its items' key values. */
    private static Map<String, String> templates(EntityGroup group, List<KeyAttribute> keys, Set<String> keyNames,
            List<String> entityNames) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String key : keyNames) {
            String stated = group.statedTemplates().get(key);
            if (stated != null) {
                templates.put(key, stated);
                continue;
            }
            List<String> values = new ArrayList<>();
            List<Map<String, String>> others = new ArrayList<>();
            for (JsonNode item : group.items()) {
                JsonNode value = item.path(key);
                String scalar = value.path("S").isString() ? value.path("S").asString()
                        : value.path("N").isString() ? value.path("N").asString() : null;
                if (scalar == null) {
                    continue;
                }
                values.add(scalar);
                Map<String, String> attrs = new LinkedHashMap<>();
                for (var e : item.properties()) {
                    JsonNode v = e.getValue();
                    if (!keyNames.contains(e.getKey()) && (v.path("S").isString() || v.path("N").isString())) {
                        attrs.put(e.getKey(), v.path("S").isString() ? v.path("S").asString() : v.path("N").asString());
                    }
                }
                others.add(attrs);
            }
            if (!values.isEmpty()) {
                templates.put(key, KeyTemplateInference.infer(values, others, key, entityNames));
            }
        }
        return templates;
    }

    private static KeyAttribute key(JsonNode node, String at) {
        String type = node.path("AttributeType").asString("S");
        return new KeyAttribute(text(node, "AttributeName", at), List.of("S", "N", "B").contains(type) ? type : "S");
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isEmpty()) {
            throw new WorkbenchImportException(at + "." + field + ": " + (value.isMissingNode() ? "is missing" : "must be a non-empty string"));
        }
        return value.asString();
    }

    static boolean validAttributeName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> Character.isISOControl(c) || c == '{' || c == '}' || c == '#');
    }

    /** Collects one entity's attributes over all the groups (facets) that store it. */
    private static final class EntityBuilder {
        private final String name;
        private final Map<String, AttributeType> attributes = new LinkedHashMap<>();
        private final Set<String> identifiers = new LinkedHashSet<>();
        private String host;

        EntityBuilder(String name) {
            this.name = name;
        }

        void addAttributes(EntityGroup group, Set<String> keyNames, Map<String, String> declared) {
            Set<String> names = new LinkedHashSet<>(group.attributeNames());
            group.items().forEach(i -> i.propertyNames().forEach(names::add));
            for (String attribute : names) {
                if (keyNames.contains(attribute) || !validAttributeName(attribute)) {
                    continue;
                }
                String type = declared.get(attribute);
                if (type == null) {
                    type = group.items().stream().map(i -> i.path(attribute)).filter(JsonNode::isObject)
                            .map(v -> v.propertyNames().iterator().next()).findFirst().orElse("S");
                }
                attributes.putIfAbsent(attribute, WorkbenchTypes.parse(type));
            }
        }

        void addPlaceholders(List<String> names, boolean identifying) {
            for (String attribute : names) {
                attributes.putIfAbsent(attribute, AttributeType.STRING);
                if (identifying) {
                    identifiers.add(attribute);
                }
            }
        }

        Entity build() {
            if (identifiers.isEmpty()) {
                // Constant keys (a singleton item): the model still needs an identifier.
                String id = attributes.keySet().stream().filter(a -> attributes.get(a).isScalar()).findFirst().orElse(null);
                if (id == null) {
                    attributes.put("id", AttributeType.STRING);
                    id = "id";
                }
                identifiers.add(id);
            }
            List<Attribute> list = new ArrayList<>();
            attributes.forEach((attribute, type) -> {
                boolean identifier = identifiers.contains(attribute);
                AttributeType t = identifier && !type.isScalar() ? AttributeType.STRING : type;
                list.add(new Attribute(attribute, t, identifier ? true : null, null, null, null, null, null, null));
            });
            return new Entity(name, null, list, null, null, null);
        }
    }
}
