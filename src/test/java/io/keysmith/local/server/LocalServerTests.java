package io.keysmith.local.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.local.LocalEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Keysmith's local engine behind the server, driven by the AWS SDK v2 as an application would. */
class LocalServerTests {

    private static final String TABLE = "Things";
    private static LocalEngine engine;
    private static LocalServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() throws IOException {
        engine = LocalEngine.inMemory();
        server = LocalServer.start(engine, null, 0);
        client = RequestHandlerTests.client(server.endpoint());
        client.createTable(b -> b.tableName(TABLE).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
        engine.close();
    }

    private static Map<String, AttributeValue> item(String id, int n) {
        return Map.of("id", AttributeValue.fromS(id), "n", AttributeValue.fromN(Integer.toString(n)));
    }

    @Test
    void anItemGoesInAndComesBackThroughTheSdkWhichChecksEachResponsesCrc32() {
        client.putItem(b -> b.tableName(TABLE).item(item("round-trip", 7)));

        assertThat(client.getItem(b -> b.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("round-trip")))).item())
                .isEqualTo(item("round-trip", 7));
    }

    @Test
    void aMissingTableIsResourceNotFoundException() {
        assertThatThrownBy(() -> client.getItem(b -> b.tableName("NoSuchTable").key(Map.of("id", AttributeValue.fromS("x")))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("Requested resource not found");
                });
    }

    @Test
    void aFailedConditionIsConditionalCheckFailedExceptionWithTheItemWhenAskedFor() {
        client.putItem(b -> b.tableName(TABLE).item(item("taken", 1)));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName(TABLE).item(item("taken", 2))
                .conditionExpression("attribute_not_exists(id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                    assertThat(e.item()).isEqualTo(item("taken", 1));
                });
    }

    @Test
    void aCancelledTransactionIsTransactionCanceledExceptionWithAReasonPerAction() {
        client.putItem(b -> b.tableName(TABLE).item(item("held", 1)));

        assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(
                t -> t.put(p -> p.tableName(TABLE).item(item("held", 2)).conditionExpression("attribute_not_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                t -> t.put(p -> p.tableName(TABLE).item(item("fresh", 1))))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]");
                    assertThat(e.cancellationReasons()).extracting(r -> r.code()).containsExactly("ConditionalCheckFailed", "None");
                    assertThat(e.cancellationReasons().get(0).item()).isEqualTo(item("held", 1));
                });
        assertThat(client.getItem(b -> b.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("fresh")))).hasItem()).isFalse();
    }

    @Test
    void parallelClientsEachWriteAllTheirItems() throws Exception {
        int writers = 16;
        int batches = 8;
        client.createTable(b -> b.tableName("Parallel").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    // One client each: separate connection pools, as separate processes would have.
                    try (DynamoDbClient own = RequestHandlerTests.client(server.endpoint())) {
                        for (int batch = 0; batch < batches; batch++) {
                            List<WriteRequest> puts = new ArrayList<>();
                            for (int i = 0; i < 25; i++) {
                                Map<String, AttributeValue> it = item(writer + "-" + batch + "-" + i, i);
                                puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build());
                            }
                            var r = own.batchWriteItem(b -> b.requestItems(Map.of("Parallel", puts)));
                            assertThat(r.unprocessedItems()).isEmpty();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(client.scan(b -> b.tableName("Parallel").select(Select.COUNT)).count()).isEqualTo(writers * batches * 25);
    }
}
