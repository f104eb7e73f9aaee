package io.keysmith.live;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An open DynamoDB client for a target, with the embedded server when there is one. */
public final class Connection implements AutoCloseable {

    private final Target target;
    private final DynamoDbClient client;
    private final LocalEndpoint local;

    Connection(Target target, DynamoDbClient client, LocalEndpoint local) {
        this.target = target;
        this.client = client;
        this.local = local;
    }

    public static Connection open(Target target) {
        return switch (target) {
            case Target.Embedded e -> {
                LocalEndpoint local = LocalEndpoint.start(e.dataDir());
                yield new Connection(target, local(local.endpoint(), "us-east-1"), local);
            }
            case Target.Endpoint e -> new Connection(target, local(e.url(), e.region() == null ? "us-east-1" : e.region()), null);
            case Target.Aws a -> new Connection(target, aws(a), null);
        };
    }

    /** Local endpoints accept any credentials; fixed dummy ones keep the user's real ones out of it. */
    private static DynamoDbClient local(URI endpoint, String region) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(region)).httpClientBuilder(http())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("keysmith", "local")))
                .overrideConfiguration(config()).build();
    }

    private static DynamoDbClient aws(Target.Aws a) {
        if (a.region() == null || Region.regions().stream().noneMatch(r -> r.id().equals(a.region()))) {
            throw new LiveException("unknown AWS region \"" + a.region() + "\"; give one like --region eu-west-1");
        }
        AwsCredentialsProvider credentials = a.profile() == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(a.profile()).build();
        return DynamoDbClient.builder().region(Region.of(a.region())).credentialsProvider(credentials).httpClientBuilder(http())
                .overrideConfiguration(config()).build();
    }

    /** A connection pool large enough for the seed writer's threads, so that none waits for or reopens a connection. */
    private static SdkHttpClient.Builder<?> http() {
        return Apache5HttpClient.builder().maxConnections(128).connectionTimeout(Duration.ofSeconds(5));
    }

    /** Our writer retries throttling itself, with backoff and jitter; the SDK only retries briefly. */
    private static ClientOverrideConfiguration config() {
        return ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD)
                .apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(10)).build();
    }

    public Target target() {
        return target;
    }

    public DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        if (local != null) {
            local.close();
        }
    }
}
