package io.keysmith.export.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Finds the entities of a Workbench table: facets first, then a ModelSchema, an entity-type attribute, key prefixes. */
final class EntityGroups {

    static final List<String> TYPE_ATTRIBUTES = List.of("EntityType", "entityType", "entity_type", "Type", "type",
            "_et", "__typename", "entity", "Entity");

    private EntityGroups() {
    }

    static List<EntityGroup> of(JsonNode table, JsonNode schema, String partitionKey, String sortKey) {
        List<EntityGroup> groups = new ArrayList<>();
        for (JsonNode facet : table.path("TableFacets")) {
            String name = facet.path("FacetName").asString("");
            Map<String, String> stated = new LinkedHashMap<>();
            state(stated, partitionKey, facet.path("KeyAttributeAlias").path("PartitionKeyAlias").asString(""));
            if (sortKey != null) {
                state(stated, sortKey, facet.path("KeyAttributeAlias").path("SortKeyAlias").asString(""));
            }
            List<String> attributes = new ArrayList<>();
            facet.path("NonKeyAttributes").forEach(a -> attributes.add(a.asString("")));
            groups.add(new EntityGroup(entityName(name.replaceAll("\\..*$", "")), list(facet.path("TableData")), attributes,
                    stated, "facet " + name));
        }
        if (!groups.isEmpty()) {
            return groups;
        }
        List<JsonNode> items = list(table.path("TableData"));
        JsonNode models = schema.path("models");
        if (models.isObject() && models.size() > 0) {
            String typeAttribute = typeAttribute(items);
            for (var entry : models.properties()) {
                if (entry.getKey().startsWith("~")) {
                    continue;
                }
                Map<String, String> stated = new LinkedHashMap<>();
                List<String> attributes = new ArrayList<>();
                for (var field : entry.getValue().properties()) {
                    attributes.add(field.getKey());
                    String value = field.getValue().path("value").asString("");
                    if (!value.isEmpty()) {
                        stated.put(field.getKey(), value.replaceAll("\\$\\{([^}]*)}", "{$1}"));
                    }
                }
                List<JsonNode> mine = typeAttribute == null ? List.of() : items.stream()
                        .filter(i -> entry.getKey().equals(i.path(typeAttribute).path("S").asString(null))).toList();
                groups.add(new EntityGroup(entityName(entry.getKey()), mine, attributes, stated, "ModelSchema model " + entry.getKey()));
            }
            return groups;
        }
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        String typeAttribute = typeAttribute(items);
        for (JsonNode item : items) {
            String type = typeAttribute == null ? null : item.path(typeAttribute).path("S").asString(null);
            String name = type != null ? type : prefix(item, sortKey, partitionKey);
            byName.computeIfAbsent(entityName(name), k -> new ArrayList<>()).add(item);
        }
        byName.forEach((name, mine) -> groups.add(new EntityGroup(name, mine, List.of(), Map.of(),
                typeAttribute != null ? "attribute " + typeAttribute : "key prefix")));
        return groups;
    }

    private static void state(Map<String, String> stated, String key, String alias) {
        if (alias.contains("{") && alias.contains("}")) {
            stated.put(key, alias);
        }
    }

    /** The attribute most items carry as a string and that names their kind, or null. */
    private static String typeAttribute(List<JsonNode> items) {
        for (String candidate : TYPE_ATTRIBUTES) {
            long carrying = items.stream().filter(i -> i.path(candidate).path("S").isString()).count();
            if (!items.isEmpty() && carrying * 2 >= items.size()) {
                return candidate;
            }
        }
        return null;
    }

    private static String prefix(JsonNode item, String sortKey, String partitionKey) {
        for (String key : sortKey == null ? List.of(partitionKey) : List.of(sortKey, partitionKey)) {
            String value = item.path(key).path("S").asString("");
            int hash = value.indexOf('#');
            if (hash > 0) {
                return value.substring(0, hash);
            }
        }
        return "Item";
    }

    static String entityName(String text) {
        String camel = KeyTemplateInference.camel(text);
        if (camel.isEmpty()) {
            return "Item";
        }
        String name = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        return Character.isLetter(name.charAt(0)) ? name : "E" + name;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
