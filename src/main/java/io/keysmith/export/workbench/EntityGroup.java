package io.keysmith.export.workbench;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The items of one entity found in a Workbench table: from a facet, a ModelSchema model, an
 * entity-type attribute or a key prefix; with the key templates the file states, if any.
 */
record EntityGroup(String entity, List<JsonNode> items, List<String> attributeNames, Map<String, String> statedTemplates,
        String source) {
}
