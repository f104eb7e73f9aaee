package io.keysmith.local.dynalite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A seeded stream of the operations dynalite supports, over a small key space so that writes
 * collide and reads find something: table {@code pk S, sk N}, a GSI {@code gsi1 (gpk S, gsk N, ALL)}
 * and an LSI {@code lsi1 (pk, lsk S, INCLUDE a)}, values of every type with non-ASCII strings and
 * negative and decimal numbers.
 */
final class RandomOperations {

    /** One generated request; {@code emptyIndexKey} when it writes an empty String to an index key. */
    record Step(int index, SdkRequest request, boolean emptyIndexKey) {
    }

    static final String GSI = "gsi1";
    static final String LSI = "lsi1";

    private static final String[] PKS = {"a", "b", "é", "𝄞", "Zz"};
    private static final String[] SKS = {"-10", "-1.5", "0", "0.25", "1", "2", "10", "100"};
    private static final String[] GPKS = {"x", "y", "é"};
    private static final String[] GSKS = {"-3", "0", "1.5", "7", "70"};
    // no character in U+E000..U+FFFF: dynalite checks ExclusiveStartKey in UTF-16 order (KnownDifference)
    private static final String[] LSKS = {"m", "n", "ö", "m𝄞", "M", "mm"};
    private static final String[] STRINGS = {"", "a", "ab", "é", "Ω", "𝄞", "日本", "a b", "A"};
    private static final String[] NUMBERS = {"0", "-1", "1", "2.5", "-0.001", "123456789012345678", "1E+3", "7"};

    private final Random random;
    private final String table;
    private int index;

    RandomOperations(long seed, String table) {
        this.random = new Random(seed);
        this.table = table;
    }

    static CreateTableRequest createTable(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("gpk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("gsk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("lsk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName(GSI).projection(p -> p.projectionType(ProjectionType.ALL))
                        .keySchema(k -> k.attributeName("gpk").keyType(KeyType.HASH), k -> k.attributeName("gsk").keyType(KeyType.RANGE)))
                .localSecondaryIndexes(l -> l.indexName(LSI).projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("a"))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("lsk").keyType(KeyType.RANGE)))
                .build();
    }

    Step next() {
        index++;
        int roll = random.nextInt(100);
        if (roll < 25) {
            return put();
        } else if (roll < 45) {
            return update();
        } else if (roll < 53) {
            return step(delete());
        } else if (roll < 62) {
            return step(get());
        } else if (roll < 72) {
            return step(queryTable());
        } else if (roll < 80) {
            return step(queryIndex());
        } else if (roll < 86) {
            return step(scan());
        } else if (roll < 93) {
            return batchWrite();
        } else {
            return step(batchGet());
        }
    }

    private Step step(SdkRequest request) {
        return new Step(index, request, false);
    }

    private Step put() {
        Map<String, AttributeValue> item = randomItem();
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(item)
                .returnValues(random.nextBoolean() ? ReturnValue.ALL_OLD : ReturnValue.NONE);
        if (random.nextInt(3) == 0) {
            Condition c = condition();
            put.conditionExpression(c.text()).expressionAttributeValues(c.values().isEmpty() ? null : c.values());
        }
        return new Step(index, put.build(), emptyIndexKey(item));
    }

    private Step update() {
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        boolean emptyIndexKey = false;
        int clauses = 1 + random.nextInt(3);
        for (int i = 0; i < clauses; i++) {
            switch (random.nextInt(13)) {
                case 0 -> { if (targets.add("a")) { set.add("a = :sa"); values.put(":sa", scalar()); } }
                case 1 -> { if (targets.add("n")) { set.add("n = if_not_exists(n, :zero) + :inc"); values.put(":zero", n("0")); values.put(":inc", n(pick(NUMBERS))); } }
                case 2 -> { if (targets.add("l")) { set.add("l = list_append(if_not_exists(l, :empty), :more)"); values.put(":empty", AttributeValue.fromL(List.of())); values.put(":more", AttributeValue.fromL(List.of(scalar()))); } }
                case 3 -> { if (targets.add("m")) { set.add("m.x = :mx"); values.put(":mx", value(1)); } }
                case 4 -> { if (targets.add("gsk")) { set.add("gsk = :gsk"); values.put(":gsk", n(pick(GSKS))); } }
                case 5 -> {
                    if (targets.add("gpk")) {
                        AttributeValue gpk = random.nextInt(20) == 0 ? s("") : s(pick(GPKS));
                        emptyIndexKey |= gpk.s().isEmpty();
                        set.add("gpk = :gpk");
                        values.put(":gpk", gpk);
                    }
                }
                case 6 -> { if (targets.add("lsk")) { set.add("lsk = :lsk"); values.put(":lsk", s(pick(LSKS))); } }
                case 7 -> { if (targets.add("b")) { remove.add("b"); } }
                case 8 -> { if (targets.add("l")) { remove.add("l[0]"); } }
                case 9 -> { if (targets.add("gpk")) { remove.add(random.nextBoolean() ? "gpk" : "gsk"); } }
                case 10 -> { if (targets.add("n")) { add.add("n :inc"); values.put(":inc", n(pick(NUMBERS))); } }
                case 11 -> { if (targets.add("ss")) { add.add("ss :ssv"); values.put(":ssv", stringSet()); } }
                default -> { if (targets.add("ss")) { delete.add("ss :ssd"); values.put(":ssd", stringSet()); } }
            }
        }
        StringBuilder expression = new StringBuilder();
        appendClause(expression, "SET", set);
        appendClause(expression, "REMOVE", remove);
        appendClause(expression, "ADD", add);
        appendClause(expression, "DELETE", delete);
        UpdateItemRequest.Builder update = UpdateItemRequest.builder().tableName(table).key(key())
                .updateExpression(expression.toString().trim())
                .returnValues(ReturnValue.values()[random.nextInt(5)]);
        if (random.nextInt(3) == 0) {
            Condition c = condition();
            values.putAll(c.values());
            update.conditionExpression(c.text());
        }
        update.expressionAttributeValues(values.isEmpty() ? null : values);
        return new Step(index, update.build(), emptyIndexKey);
    }

    private DeleteItemRequest delete() {
        DeleteItemRequest.Builder delete = DeleteItemRequest.builder().tableName(table).key(key())
                .returnValues(random.nextBoolean() ? ReturnValue.ALL_OLD : ReturnValue.NONE);
        if (random.nextInt(3) == 0) {
            Condition c = condition();
            delete.conditionExpression(c.text()).expressionAttributeValues(c.values().isEmpty() ? null : c.values());
        }
        return delete.build();
    }

    private GetItemRequest get() {
        GetItemRequest.Builder get = GetItemRequest.builder().tableName(table).key(key()).consistentRead(random.nextBoolean());
        if (random.nextInt(4) == 0) {
            get.projectionExpression(random.nextBoolean() ? "pk, a, n" : "m.x, l[0], ss");
        }
        return get.build();
    }

    private QueryRequest queryTable() {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(pick(PKS))));
        String key = "pk = :pk" + sortCondition("sk", values, () -> n(pick(SKS)), false);
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).keyConditionExpression(key)
                .scanIndexForward(random.nextBoolean()).consistentRead(random.nextBoolean());
        readOptions(query::limit, query::filterExpression, values);
        if (random.nextInt(8) == 0) {
            query.select(Select.COUNT);
        } else if (random.nextInt(6) == 0) {
            query.projectionExpression("sk, a, m");
        }
        return query.expressionAttributeValues(values).build();
    }

    private QueryRequest queryIndex() {
        Map<String, AttributeValue> values = new HashMap<>();
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(random.nextBoolean());
        if (random.nextBoolean()) {
            values.put(":g", s(pick(GPKS)));
            query.indexName(GSI).keyConditionExpression("gpk = :g" + sortCondition("gsk", values, () -> n(pick(GSKS)), false));
        } else {
            values.put(":pk", s(pick(PKS)));
            query.indexName(LSI).keyConditionExpression("pk = :pk" + sortCondition("lsk", values, () -> s(pick(LSKS)), true));
            if (random.nextInt(3) == 0) {
                // only on "a", which the LSI projects (KnownDifference.LSI_FILTER_ON_UNPROJECTED)
                query.filterExpression("attribute_exists(a) AND a <> :cv");
                values.put(":cv", scalar());
            }
            readOptions(query::limit, f -> { }, values);
            return query.expressionAttributeValues(values).build();
        }
        readOptions(query::limit, query::filterExpression, values);
        return query.expressionAttributeValues(values).build();
    }

    private ScanRequest scan() {
        Map<String, AttributeValue> values = new HashMap<>();
        ScanRequest.Builder scan = ScanRequest.builder().tableName(table);
        boolean lsi = false;
        if (random.nextInt(4) == 0) {
            lsi = random.nextBoolean();
            scan.indexName(lsi ? LSI : GSI);
        }
        if (random.nextInt(4) == 0) {
            scan.totalSegments(2 + random.nextInt(2));
        }
        // an LSI scan filters only on "a", which it projects (KnownDifference.LSI_FILTER_ON_UNPROJECTED)
        readOptions(scan::limit, lsi ? f -> { } : scan::filterExpression, values);
        return scan.expressionAttributeValues(values.isEmpty() ? null : values).build();
    }

    private Step batchWrite() {
        List<WriteRequest> writes = new ArrayList<>();
        Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        boolean emptyIndexKey = false;
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                Map<String, AttributeValue> key = key();
                byKey.put(Canonical.item(key), key);
                writes.add(WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
            } else {
                Map<String, AttributeValue> item = randomItem();
                emptyIndexKey |= emptyIndexKey(item);
                byKey.put(Canonical.item(Map.of("pk", item.get("pk"), "sk", item.get("sk"))), item);
                writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
            }
        }
        // duplicates (refused by both) stay in 1 of 20 batches; otherwise one write per key
        List<WriteRequest> distinct = random.nextInt(20) == 0 ? writes : dedupe(writes);
        return new Step(index, BatchWriteItemRequest.builder().requestItems(Map.of(table, distinct)).build(), emptyIndexKey);
    }

    private BatchGetItemRequest batchGet() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean allowDuplicates = random.nextInt(20) == 0;
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> key = key();
            if (seen.add(Canonical.item(key)) || allowDuplicates) {
                keys.add(key);
            }
        }
        KeysAndAttributes.Builder wanted = KeysAndAttributes.builder().keys(keys).consistentRead(random.nextBoolean());
        if (random.nextInt(4) == 0) {
            wanted.projectionExpression("pk, sk, a, ss");
        }
        return BatchGetItemRequest.builder().requestItems(Map.of(table, wanted.build())).build();
    }

    private List<WriteRequest> dedupe(List<WriteRequest> writes) {
        Map<String, WriteRequest> byKey = new LinkedHashMap<>();
        for (WriteRequest w : writes) {
            Map<String, AttributeValue> item = w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key();
            byKey.put(item.get("pk").s() + "/" + item.get("sk").n(), w);
        }
        return List.copyOf(byKey.values());
    }

    private String sortCondition(String name, Map<String, AttributeValue> values, java.util.function.Supplier<AttributeValue> v, boolean string) {
        switch (random.nextInt(string ? 8 : 7)) {
            case 0, 1 -> {
                return "";
            }
            case 2 -> { values.put(":s1", v.get()); return " AND " + name + " = :s1"; }
            case 3 -> { values.put(":s1", v.get()); return " AND " + name + " < :s1"; }
            case 4 -> { values.put(":s1", v.get()); return " AND " + name + " >= :s1"; }
            case 5 -> { values.put(":s1", v.get()); return " AND " + name + " > :s1"; }
            case 6 -> {
                AttributeValue a = v.get();
                AttributeValue b = v.get();
                // BETWEEN with reversed bounds is a ValidationException on both sides: keep some
                values.put(":s1", a);
                values.put(":s2", b);
                return " AND " + name + " BETWEEN :s1 AND :s2";
            }
            default -> { values.put(":s1", s(pick(LSKS).substring(0, 1))); return " AND begins_with(" + name + ", :s1)"; }
        }
    }

    private void readOptions(java.util.function.Consumer<Integer> limit, java.util.function.Consumer<String> filter, Map<String, AttributeValue> values) {
        if (random.nextInt(3) == 0) {
            limit.accept(1 + random.nextInt(5));
        }
        if (random.nextInt(3) == 0) {
            Condition c = condition();
            filter.accept(c.text().replace("attribute_not_exists(pk)", "attribute_not_exists(c)"));
            values.putAll(c.values());
        }
    }

    private record Condition(String text, Map<String, AttributeValue> values) {
    }

    private Condition condition() {
        return switch (random.nextInt(9)) {
            case 0 -> new Condition("attribute_not_exists(pk)", Map.of());
            case 1 -> new Condition("attribute_exists(a)", Map.of());
            case 2 -> new Condition("a = :cv", Map.of(":cv", scalar()));
            case 3 -> new Condition("n > :cn", Map.of(":cn", n(pick(NUMBERS))));
            case 4 -> new Condition("size(l) >= :cs", Map.of(":cs", n(Integer.toString(random.nextInt(3)))));
            case 5 -> new Condition("begins_with(a, :cp)", Map.of(":cp", s(prefix(pick(STRINGS)))));
            case 6 -> new Condition("contains(ss, :ce)", Map.of(":ce", s(pick(STRINGS))));
            case 7 -> new Condition("attribute_type(m, :ct)", Map.of(":ct", s(random.nextBoolean() ? "M" : "L")));
            default -> new Condition("NOT attribute_exists(b) OR n BETWEEN :lo AND :hi", Map.of(":lo", n("-1"), ":hi", n("10")));
        };
    }

    private Map<String, AttributeValue> key() {
        return Map.of("pk", s(pick(PKS)), "sk", n(pick(SKS)));
    }

    private Map<String, AttributeValue> randomItem() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key());
        if (random.nextInt(10) < 7) {
            item.put("gpk", random.nextInt(50) == 0 ? s("") : s(pick(GPKS)));
        }
        if (random.nextInt(10) < 8) {
            item.put("gsk", n(pick(GSKS)));
        }
        if (random.nextInt(10) < 6) {
            item.put("lsk", random.nextInt(50) == 0 ? s("") : s(pick(LSKS)));
        }
        for (String name : new String[] {"a", "b", "c", "n", "ss", "l", "m"}) {
            if (random.nextBoolean()) {
                item.put(name, switch (name) {
                    case "n" -> n(pick(NUMBERS));
                    case "ss" -> stringSet();
                    case "l" -> AttributeValue.fromL(List.of(value(1), value(1)));
                    case "m" -> AttributeValue.fromM(Map.of("x", value(1), "y", scalar()));
                    default -> value(0);
                });
            }
        }
        return item;
    }

    private static boolean emptyIndexKey(Map<String, AttributeValue> item) {
        return isEmptyString(item.get("gpk")) || isEmptyString(item.get("lsk"));
    }

    private static boolean isEmptyString(AttributeValue v) {
        return v != null && v.s() != null && v.s().isEmpty();
    }

    private AttributeValue value(int depth) {
        int kinds = depth >= 2 ? 6 : 8;
        return switch (random.nextInt(kinds)) {
            case 0, 1 -> scalar();
            case 2 -> AttributeValue.fromBool(random.nextBoolean());
            case 3 -> AttributeValue.fromNul(true);
            case 4 -> stringSet();
            case 5 -> AttributeValue.fromNs(List.copyOf(new LinkedHashSet<>(List.of(pick(SKS), pick(SKS)))));
            case 6 -> AttributeValue.fromL(List.of(value(depth + 1), value(depth + 1)));
            default -> AttributeValue.fromM(Map.of("p", value(depth + 1), "q", scalar()));
        };
    }

    private AttributeValue scalar() {
        return switch (random.nextInt(3)) {
            case 0 -> s(pick(STRINGS));
            case 1 -> n(pick(NUMBERS));
            default -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) random.nextInt(256), (byte) 0x80}));
        };
    }

    private AttributeValue stringSet() {
        Set<String> elements = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String element = pick(STRINGS);
            if (!element.isEmpty()) {
                elements.add(element);
            }
        }
        return elements.isEmpty() ? AttributeValue.fromSs(List.of("z")) : AttributeValue.fromSs(List.copyOf(elements));
    }

    private static void appendClause(StringBuilder expression, String keyword, List<String> parts) {
        if (!parts.isEmpty()) {
            expression.append(keyword).append(' ').append(String.join(", ", parts)).append(' ');
        }
    }

    /** The first character (code point) of {@code s}, or "a" for the empty string. */
    private static String prefix(String s) {
        return s.isEmpty() ? "a" : new String(Character.toChars(s.codePointAt(0)));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
