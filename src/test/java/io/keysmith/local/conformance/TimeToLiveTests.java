package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** UpdateTimeToLive, DescribeTimeToLive and expiry (Developer Guide, "Time to Live (TTL)"). */
@Requires(Feature.TIME_TO_LIVE)
class TimeToLiveTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    @Test
    void timeToLiveIsDisabledUntilEnabledOnAnAttribute() {
        String table = dynamo.createTable("ttl", ScalarAttributeType.S, null);

        TimeToLiveDescription before = dynamo.client().describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
        var enabled = dynamo.client().updateTimeToLive(r -> r.tableName(table)
                .timeToLiveSpecification(s -> s.enabled(true).attributeName("expires"))).timeToLiveSpecification();
        TimeToLiveDescription after = dynamo.client().describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();

        assertThat(before.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.attributeName()).isEqualTo("expires");
        // DescribeTimeToLive: ENABLING while DynamoDB turns it on, then ENABLED
        assertThat(after.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED);
        assertThat(after.attributeName()).isEqualTo("expires");
    }

    @Test
    void enablingItTwiceIsAValidationError() {
        String table = dynamo.createTable("ttl2", ScalarAttributeType.S, null);
        dynamo.client().updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));

        Refusals.assertValidation(() -> dynamo.client().updateTimeToLive(r -> r.tableName(table)
                .timeToLiveSpecification(s -> s.enabled(true).attributeName("expires"))), "TimeToLive is already enabled");
    }

    @Test
    @Requires(Feature.PROMPT_EXPIRY)
    void anExpiredItemDisappearsAndOthersStay() {
        String table = dynamo.createTable("ttl3", ScalarAttributeType.S, null);
        dynamo.client().updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName("expires")));
        long now = Instant.now().getEpochSecond();

        dynamo.client().putItem(r -> r.tableName(table).item(item("pk", "expired", "expires", n(now - 10))));
        dynamo.client().putItem(r -> r.tableName(table).item(item("pk", "future", "expires", n(now + 3600))));
        dynamo.client().putItem(r -> r.tableName(table).item(item("pk", "not-a-number", "expires", "yesterday")));
        dynamo.client().putItem(r -> r.tableName(table).item(item("pk", "no-attribute")));

        // "Time to Live": items whose TTL attribute is a Number of epoch seconds in the past expire;
        // any other type, or no attribute, never expires
        dynamo.eventually("the expired item is deleted",
                () -> !dynamo.client().getItem(r -> r.tableName(table).key(item("pk", "expired")).consistentRead(true)).hasItem());
        assertThat(dynamo.client().scan(r -> r.tableName(table)).items()).extracting(i -> i.get("pk").s())
                .containsExactlyInAnyOrder("future", "not-a-number", "no-attribute");
    }
}
