package io.keysmith.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test helpers: call an engine with JSON text and read what comes back. */
final class Engines {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Engines() {}

    /** The answer as a client reads it: written as JSON and read back (items in pages are written straight from storage). */
    static JsonNode call(LocalEngine engine, String operation, String json) {
        return JSON.readTree(JSON.writeValueAsBytes(engine.handle(operation, JSON.readTree(json))));
    }

    static DynamoException error(LocalEngine engine, String operation, String json) {
        DynamoException[] caught = new DynamoException[1];
        assertThatThrownBy(() -> call(engine, operation, json)).isInstanceOfSatisfying(DynamoException.class, e -> caught[0] = e);
        return caught[0];
    }

    static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** A table "tbl" with pk (S) and sk (S or the given type), on demand. */
    static void createTable(LocalEngine engine, String sortType) {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"%s"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}]}
                """.formatted(sortType));
    }

    static void put(LocalEngine engine, String table, String item) {
        call(engine, "PutItem", "{\"TableName\":\"" + table + "\",\"Item\":" + item + "}");
    }

    /** A legacy KeyConditions Query on pk = value (works without the expression parser). */
    static JsonNode queryPartition(LocalEngine engine, String table, String index, String hashName, String hashValue, String extra) {
        String indexPart = index == null ? "" : "\"IndexName\":\"" + index + "\",";
        return call(engine, "Query", "{\"TableName\":\"" + table + "\"," + indexPart
                + "\"KeyConditions\":{\"" + hashName + "\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[" + hashValue + "]}}"
                + (extra == null ? "" : "," + extra) + "}");
    }

    /** The values of one string attribute of a Query or Scan page's items. */
    static java.util.List<String> strings(JsonNode page, String attribute) {
        java.util.List<String> out = new java.util.ArrayList<>();
        page.get("Items").forEach(i -> {
            JsonNode v = i.get(attribute);
            out.add(v == null ? null : v.properties().iterator().next().getValue().asString());
        });
        return out;
    }
}
