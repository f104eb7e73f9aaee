package io.keysmith.local.conformance;

import io.keysmith.live.LocalEndpoint;
import io.keysmith.local.dynalite.Dynalite;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The DynamoDB endpoint of one test class: Keysmith's engine in memory behind its HTTP server ({@link LocalEndpoint}) started for the class, or the
 * implementation {@code -Dkeysmith.conformance.endpoint} names, with an SDK client (static
 * credentials, us-east-1, no retries) and the tables the class created, deleted after it. Register
 * as {@code @RegisterExtension static final DynamoEndpoint dynamo = new DynamoEndpoint();}.
 */
public final class DynamoEndpoint implements BeforeAllCallback, AfterAllCallback, ExecutionCondition {

    private static Dynalite sharedDynalite;

    private final Implementation implementation = Implementation.current();
    private final List<String> tables = new ArrayList<>();
    private AutoCloseable server;
    private DynamoDbClient client;
    private URI endpoint;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Feature> required = new ArrayList<>();
        context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, Requires.class))
                .ifPresent(r -> required.addAll(List.of(r.value())));
        for (Feature feature : required) {
            if (!feature.supportedBy(implementation)) {
                return ConditionEvaluationResult.disabled(feature + ": " + feature.missingBecause());
            }
        }
        return ConditionEvaluationResult.enabled("every required feature is there on " + implementation);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String property = Implementation.endpointProperty();
        endpoint = switch (property) {
            case "", "keysmith" -> {
                LocalEndpoint keysmith = LocalEndpoint.start(null);
                server = keysmith;
                yield keysmith.endpoint();
            }
            case "dynalite" -> dynalite();
            case "aws" -> null;
            default -> URI.create(property);
        };
        client = client(endpoint);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client == null) {
            return; // beforeAll aborted or failed before there was anything to clean
        }
        try {
            for (String table : tables) {
                try {
                    client.deleteTable(b -> b.tableName(table));
                } catch (RuntimeException alreadyGone) {
                    // deleted by the test itself, or the endpoint is down: nothing to clean
                }
            }
            client.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** An SDK client for an endpoint as the suite uses it; {@code null} is Amazon DynamoDB with default credentials. */
    public static DynamoDbClient client(URI endpoint) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(Apache5HttpClient.builder().connectionTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60)));
        if (endpoint == null) {
            return builder.region(Region.of(System.getProperty("keysmith.conformance.region", "us-east-1")))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build()).build();
        }
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
    }

    public DynamoDbClient client() {
        return client;
    }

    public Implementation implementation() {
        return implementation;
    }

    /** A fresh table name ({@code ks-BASE-xxxxxx}) that is deleted after the class. */
    public String tableName(String base) {
        byte[] suffix = new byte[3];
        ThreadLocalRandom.current().nextBytes(suffix);
        String name = "ks-" + base + "-" + HexFormat.of().formatHex(suffix);
        tables.add(name);
        return name;
    }

    /** Creates an on-demand table with a fresh name and waits until it and its indexes are ACTIVE. */
    public String createTable(String base, Consumer<CreateTableRequest.Builder> spec) {
        String name = tableName(base);
        client.createTable(b -> {
            b.billingMode(BillingMode.PAY_PER_REQUEST);
            spec.accept(b);
            b.tableName(name);
        });
        waitUntilActive(name);
        return name;
    }

    /** A table keyed by {@code pk} (and {@code sk} when {@code skType} is not null). */
    public String createTable(String base, ScalarAttributeType pkType, ScalarAttributeType skType) {
        return createTable(base, b -> {
            if (skType == null) {
                b.attributeDefinitions(a -> a.attributeName("pk").attributeType(pkType))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH));
            } else {
                b.attributeDefinitions(a -> a.attributeName("pk").attributeType(pkType),
                                a -> a.attributeName("sk").attributeType(skType))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("sk").keyType(KeyType.RANGE));
            }
        });
    }

    /** Polls DescribeTable until the table and every GSI are ACTIVE and no GSI is backfilling. */
    public TableDescription waitUntilActive(String table) {
        long deadline = System.nanoTime() + (implementation == Implementation.AWS ? Duration.ofMinutes(15) : Duration.ofSeconds(10)).toNanos();
        while (true) {
            TableDescription description = client.describeTable(b -> b.tableName(table)).table();
            boolean ready = description.tableStatus() == TableStatus.ACTIVE
                    && description.globalSecondaryIndexes().stream().allMatch(g -> g.indexStatus() == IndexStatus.ACTIVE
                            && !Boolean.TRUE.equals(g.backfilling()));
            if (ready) {
                return description;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("table " + table + " is not ACTIVE: " + description);
            }
            sleep(implementation == Implementation.AWS ? 2000 : 50);
        }
    }

    /** Polls {@code done} until it holds: 10 s locally, 15 min on AWS, where index and table changes take minutes. */
    public void eventually(String what, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + (implementation == Implementation.AWS ? Duration.ofMinutes(15) : Duration.ofSeconds(10)).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not so after waiting: " + what);
            }
            sleep(implementation == Implementation.AWS ? 2000 : 50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized URI dynalite() throws Exception {
        if (sharedDynalite == null) {
            Optional<String> unavailable = Dynalite.unavailableReason();
            if (unavailable.isPresent()) {
                throw new TestAbortedException(unavailable.get());
            }
            sharedDynalite = Dynalite.start();
        }
        return sharedDynalite.endpoint();
    }
}
