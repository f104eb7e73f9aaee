package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static io.keysmith.local.Engines.queryPartition;
import static io.keysmith.local.Engines.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QueryTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void stringSortKeysAreInUtf8ByteOrder() {
        Engines.createTable(engine, "S");
        // U+FF5E sorts before U+1F600 in UTF-8 (EF BD.. < F0 9F..) though not in UTF-16 (FF5E > D83D)
        for (String sk : new String[] {"\uD83D\uDE00", "\uFF5E", "a", "B", "ab"}) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"" + sk + "\"}}");
        }
        assertThat(strings(queryPartition(engine, "tbl", null, "pk", "{\"S\":\"p\"}", null), "sk"))
                .containsExactly("B", "a", "ab", "\uFF5E", "\uD83D\uDE00");
    }

    @Test
    void numberSortKeysAreInNumericOrderBothWays() {
        Engines.createTable(engine, "N");
        for (String sk : new String[] {"10", "-2.5", "0", "-10", "2.25", "9.999"}) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + sk + "\"}}");
        }
        JsonNode page = queryPartition(engine, "tbl", null, "pk", "{\"S\":\"p\"}", "\"ScanIndexForward\":false");
        List<String> sks = new ArrayList<>();
        page.get("Items").forEach(i -> sks.add(i.get("sk").get("N").asString()));
        assertThat(sks).containsExactly("10", "9.999", "2.25", "0", "-2.5", "-10");
    }

    @Test
    void binarySortKeysAreInUnsignedByteOrder() {
        Engines.createTable(engine, "B");
        for (String b64 : new String[] {"/w==", "AA==", "fw==", "gA=="}) { // FF, 00, 7F, 80
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"B\":\"" + b64 + "\"}}");
        }
        JsonNode page = queryPartition(engine, "tbl", null, "pk", "{\"S\":\"p\"}", null);
        List<String> sks = new ArrayList<>();
        page.get("Items").forEach(i -> sks.add(i.get("sk").get("B").asString()));
        assertThat(sks).containsExactly("AA==", "fw==", "gA==", "/w==");
    }

    @Test
    void sortKeyConditionsSelectARange() {
        Engines.createTable(engine, "S");
        for (String sk : new String[] {"order#1", "order#2", "order#3", "profile", "orders"}) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"" + sk + "\"}}");
        }
        JsonNode beginsWith = call(engine, "Query", """
                {"TableName":"tbl","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"p"}]},
                  "sk":{"ComparisonOperator":"BEGINS_WITH","AttributeValueList":[{"S":"order#"}]}},"ScanIndexForward":false}""");
        assertThat(strings(beginsWith, "sk")).containsExactly("order#3", "order#2", "order#1");
        JsonNode between = call(engine, "Query", """
                {"TableName":"tbl","KeyConditions":{"pk":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"p"}]},
                  "sk":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"S":"order#2"},{"S":"orders"}]}}}""");
        assertThat(strings(between, "sk")).containsExactly("order#2", "order#3", "orders");
    }

    @Test
    void limitAndExclusiveStartKeyPageThroughAPartition() {
        Engines.createTable(engine, "N");
        for (int i = 0; i < 7; i++) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + i + "\"}}");
        }
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"other\"},\"sk\":{\"N\":\"1\"}}");
        List<String> seen = new ArrayList<>();
        String start = null;
        int pages = 0;
        do {
            JsonNode page = queryPartition(engine, "tbl", null, "pk", "{\"S\":\"p\"}",
                    "\"Limit\":3" + (start == null ? "" : ",\"ExclusiveStartKey\":" + start));
            page.get("Items").forEach(i -> seen.add(i.get("sk").get("N").asString()));
            start = page.has("LastEvaluatedKey") ? page.get("LastEvaluatedKey").toString() : null;
            pages++;
        } while (start != null);
        assertThat(seen).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aPageStopsAtOneMegabyte() {
        Engines.createTable(engine, "N");
        String filler = "x".repeat(100_000);
        for (int i = 0; i < 25; i++) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + i + "\"},\"d\":{\"S\":\"" + filler + "\"}}");
        }
        JsonNode page = queryPartition(engine, "tbl", null, "pk", "{\"S\":\"p\"}", "\"Select\":\"COUNT\"");
        assertThat(page.get("Count").asInt()).isEqualTo(11); // 11 items of ~100 KB reach 1 MB
        assertThat(page.has("Items")).isFalse();
        assertThat(page.get("LastEvaluatedKey").get("sk").get("N").asString()).isEqualTo("10");
    }

    @Test
    void aSparseIndexHoldsOnlyItemsWithItsKeysAndPagesWithIndexAndTableKeys() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"status","AttributeType":"S"},{"AttributeName":"at","AttributeType":"N"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"Open","KeySchema":[{"AttributeName":"status","KeyType":"HASH"},{"AttributeName":"at","KeyType":"RANGE"}],
                   "Projection":{"ProjectionType":"KEYS_ONLY"}}]}""");
        for (int i = 0; i < 5; i++) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"o" + i + "\"},\"status\":{\"S\":\"open\"},\"at\":{\"N\":\"" + (i % 2) + "\"},\"note\":{\"S\":\"n\"}}");
        }
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"closed\"},\"at\":{\"N\":\"1\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"o4\"},\"at\":{\"N\":\"0\"}}"); // o4 leaves the index
        JsonNode first = queryPartition(engine, "tbl", "Open", "status", "{\"S\":\"open\"}", "\"Limit\":3");
        assertThat(first.get("Items").get(0).has("note")).isFalse();
        assertThat(first.get("LastEvaluatedKey").properties()).hasSize(3);
        JsonNode rest = queryPartition(engine, "tbl", "Open", "status", "{\"S\":\"open\"}",
                "\"ExclusiveStartKey\":" + first.get("LastEvaluatedKey"));
        List<String> all = new ArrayList<>(strings(first, "pk"));
        all.addAll(strings(rest, "pk"));
        assertThat(all).containsExactly("o0", "o2", "o1", "o3");
        assertThat(error(engine, "Query", "{\"TableName\":\"tbl\",\"IndexName\":\"Open\",\"ConsistentRead\":true,"
                + "\"KeyConditions\":{\"status\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"open\"}]}}}").getMessage())
                .isEqualTo("Consistent reads are not supported on global secondary indexes");
        assertThat(error(engine, "Query", "{\"TableName\":\"tbl\",\"IndexName\":\"Nope\","
                + "\"KeyConditions\":{\"status\":{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"open\"}]}}}").getMessage())
                .isEqualTo("The table does not have the specified index: Nope");
    }

    @Test
    void aMultiAttributeIndexKeyIndexesOnlyItemsWithEveryPart() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"tenant","AttributeType":"S"},
                   {"AttributeName":"region","AttributeType":"N"},{"AttributeName":"day","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"ByTenantRegion","KeySchema":[{"AttributeName":"tenant","KeyType":"HASH"},
                   {"AttributeName":"region","KeyType":"HASH"},{"AttributeName":"day","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]}""");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"1\"},\"tenant\":{\"S\":\"acme\"},\"region\":{\"N\":\"1\"},\"day\":{\"S\":\"d2\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"2\"},\"tenant\":{\"S\":\"acme\"},\"region\":{\"N\":\"1\"},\"day\":{\"S\":\"d1\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"3\"},\"tenant\":{\"S\":\"acme\"},\"region\":{\"N\":\"2\"},\"day\":{\"S\":\"d1\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"4\"},\"tenant\":{\"S\":\"acme\"},\"day\":{\"S\":\"d1\"}}");
        JsonNode page = call(engine, "Query", """
                {"TableName":"tbl","IndexName":"ByTenantRegion","KeyConditions":{
                  "tenant":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"acme"}]},
                  "region":{"ComparisonOperator":"EQ","AttributeValueList":[{"N":"1"}]}}}""");
        assertThat(strings(page, "pk")).containsExactly("2", "1");
        JsonNode index = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table").get("GlobalSecondaryIndexes").get(0);
        assertThat(index.get("ItemCount").asLong()).isEqualTo(3);
    }

    @Test
    void aLocalIndexOrdersAPartitionByAnotherAttribute() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},{"AttributeName":"price","AttributeType":"N"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                 "LocalSecondaryIndexes":[{"IndexName":"ByPrice","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"price","KeyType":"RANGE"}],
                   "Projection":{"ProjectionType":"KEYS_ONLY"}}]}""");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"a\"},\"price\":{\"N\":\"30\"},\"x\":{\"S\":\"1\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"b\"},\"price\":{\"N\":\"10\"},\"x\":{\"S\":\"2\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"c\"}}");
        JsonNode projected = queryPartition(engine, "tbl", "ByPrice", "pk", "{\"S\":\"p\"}", null);
        assertThat(strings(projected, "sk")).containsExactly("b", "a");
        assertThat(projected.get("Items").get(0).has("x")).isFalse();
        JsonNode all = queryPartition(engine, "tbl", "ByPrice", "pk", "{\"S\":\"p\"}", "\"Select\":\"ALL_ATTRIBUTES\"");
        assertThat(strings(all, "x")).containsExactly("2", "1");
    }
}
