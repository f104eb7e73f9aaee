package io.keysmith.local.dynalite;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.live.LocalEndpoint;
import io.keysmith.local.conformance.DynamoEndpoint;
import io.keysmith.local.conformance.Implementation;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The same seeded operations on dynalite and on our engine must get the same answers (see
 * {@link Outcomes} for what is compared, {@link KnownDifference} for what is not). The engine is a
 * LocalServer ({@link LocalEndpoint}), or {@code -Dkeysmith.conformance.endpoint}: {@code dynalite}
 * (a second dynalite, which checks this test itself) or a URL. Skipped when Node is not on PATH.
 */
class DynaliteDifferentialTests {

    private static final int STEPS = 300;
    private static final int STATE_CHECK_EVERY = 50;

    private static Dynalite dynalite;
    private static AutoCloseable engineServer;
    private static DynamoDbClient reference;
    private static DynamoDbClient engine;

    @BeforeAll
    static void start() throws Exception {
        Optional<String> unavailable = Dynalite.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.get());
        dynalite = Dynalite.start();
        reference = DynamoEndpoint.client(dynalite.endpoint());
        engine = DynamoEndpoint.client(engineEndpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {reference, engine, engineServer, dynalite}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void dynaliteAndTheEngineAnswerEveryOperationAlike(long seed) {
        String table = "diff-" + seed + "-" + System.nanoTime() % 100000;
        reference.createTable(RandomOperations.createTable(table));
        engine.createTable(RandomOperations.createTable(table));
        // dynalite makes a new table ACTIVE on a timer, even at createTableMs 0: on a busy machine the first
        // write could reach it while it is still CREATING (ResourceNotFoundException)
        reference.waiter().waitUntilTableExists(r -> r.tableName(table));
        try {
            run(seed, table);
        } finally {
            reference.deleteTable(r -> r.tableName(table));
            engine.deleteTable(r -> r.tableName(table));
        }
    }

    private static void run(long seed, String table) {
        RandomOperations operations = new RandomOperations(seed, table);
        Deque<String> recent = new ArrayDeque<>();
        Map<KnownDifference, Integer> excluded = new EnumMap<>(KnownDifference.class);
        Map<String, Integer> mix = new java.util.TreeMap<>();
        for (int i = 1; i <= STEPS; i++) {
            RandomOperations.Step step = operations.next();
            String expected = Outcomes.run(reference, step.request());
            String actual = Outcomes.run(engine, step.request());
            if (!expected.equals(actual)) {
                Optional<KnownDifference> known = KnownDifference.explain(step, expected, actual);
                if (known.isEmpty()) {
                    throw new AssertionError(mismatch(seed, step, expected, actual, recent));
                }
                excluded.merge(known.get(), 1, Integer::sum);
                resync(step.request(), table);
            }
            String kind = step.request().getClass().getSimpleName().replace("Request", "");
            mix.merge(kind + (expected.startsWith("error ") ? " refused" : ""), 1, Integer::sum);
            remember(recent, "step " + i + ": " + step.request() + "\n    -> " + abbreviate(actual));
            if (i % STATE_CHECK_EVERY == 0 || i == STEPS) {
                List<String> dynaliteItems = Outcomes.contents(reference, table);
                List<String> engineItems = Outcomes.contents(engine, table);
                assertThat(engineItems).as("seed %d: the table's items after step %d (dynalite's are expected)%n%s",
                        seed, i, String.join("\n", recent)).isEqualTo(dynaliteItems);
            }
        }
        System.out.printf("seed %d: %d operations alike %s; excluded as known differences: %s%n", seed, STEPS, mix, excluded);
    }

    /** After an excluded difference on a write, dynalite takes the engine's items of the keys written. */
    private static void resync(SdkRequest request, String table) {
        List<Map<String, AttributeValue>> keys = switch (request) {
            case PutItemRequest put -> List.of(key(put.item()));
            case UpdateItemRequest update -> List.of(update.key());
            case DeleteItemRequest delete -> List.of(delete.key());
            case BatchWriteItemRequest batch -> batch.requestItems().get(table).stream()
                    .map(w -> w.putRequest() != null ? key(w.putRequest().item()) : w.deleteRequest().key()).toList();
            default -> List.of();
        };
        for (Map<String, AttributeValue> key : keys) {
            GetItemResponse current = engine.getItem(r -> r.tableName(table).key(key).consistentRead(true));
            if (current.hasItem()) {
                reference.putItem(r -> r.tableName(table).item(current.item()));
            } else {
                reference.deleteItem(r -> r.tableName(table).key(key));
            }
        }
    }

    private static Map<String, AttributeValue> key(Map<String, AttributeValue> item) {
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
    }

    private static String mismatch(long seed, RandomOperations.Step step, String expected, String actual, Deque<String> recent) {
        return "seed " + seed + ", step " + step.index() + ": the engine answers differently from dynalite\n"
                + "request: " + step.request() + "\n"
                + "dynalite: " + expected + "\n"
                + "engine:   " + actual + "\n"
                + "steps before it:\n" + String.join("\n", recent);
    }

    private static void remember(Deque<String> recent, String line) {
        recent.addLast(line);
        if (recent.size() > 5) {
            recent.removeFirst();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static URI engineEndpoint() throws Exception {
        String property = System.getProperty(Implementation.ENDPOINT_PROPERTY, "").trim();
        switch (property) {
            case "", "keysmith" -> {
                LocalEndpoint server = LocalEndpoint.start(null);
                engineServer = server;
                return server.endpoint();
            }
            case "dynalite" -> {
                Dynalite second = Dynalite.start();
                engineServer = second;
                return second.endpoint();
            }
            default -> {
                return URI.create(property);
            }
        }
    }
}
