package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class ApplyErrorsTests {

    @Test
    void anUnreachableEndpointIsOneClearMessage() {
        try (ApplyService service = ApplyService.open(new Target.Endpoint(URI.create("http://127.0.0.1:1"), "us-east-1"))) {
            assertThatThrownBy(() -> service.plan(Fixtures.model(), Fixtures.design(), ApplyOptions.defaults().withItems(10)))
                    .isInstanceOf(LiveException.class)
                    .hasMessage("cannot reach DynamoDB at endpoint http://127.0.0.1:1: connection refused or timed out");
        }
    }

    @Test
    void anUnknownRegionIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> ApplyService.open(new Target.Aws(null, "mars-north-1")))
                .isInstanceOf(LiveException.class)
                .hasMessage("unknown AWS region \"mars-north-1\"; give one like --region eu-west-1");
    }

    @Test
    void missingCredentialsAreOneClearMessage() {
        try (ApplyService service = ApplyService.open(new Target.Aws("keysmith-test-no-such-profile", "eu-west-1"))) {
            assertThatThrownBy(() -> service.plan(Fixtures.model(), Fixtures.design(), ApplyOptions.defaults().withItems(10)))
                    .isInstanceOf(LiveException.class)
                    .hasMessageStartingWith("no AWS credentials found for AWS region eu-west-1 with profile keysmith-test-no-such-profile");
        }
    }

    @Test
    void anExistingTableWithADifferentSchemaIsOneClearMessageAndStaysAsItWas() {
        try (LocalEndpoint local = LocalEndpoint.start(null);
                ApplyService service = ApplyService.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            service.client().createTable(b -> b.tableName("LiveShop").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            service.client().putItem(b -> b.tableName("LiveShop").item(Map.of("id", AttributeValue.fromS("kept"))));

            ApplyPlan plan = service.plan(Fixtures.model(), Fixtures.design(), ApplyOptions.defaults().withItems(50));

            assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(TableAction.Kind.REFUSE));
            assertThatThrownBy(() -> service.apply(plan, SeedListener.NONE, new CancelToken(), 2))
                    .isInstanceOf(LiveException.class)
                    .hasMessageStartingWith("table LiveShop already exists with a different schema (")
                    .hasMessageEndingWith("); use --replace to delete and recreate it")
                    .hasMessageNotContaining("\n");
            assertThat(service.client().describeTable(b -> b.tableName("LiveShop")).table().keySchema())
                    .singleElement().satisfies(k -> assertThat(k.attributeName()).isEqualTo("id"));
            assertThat(service.client().scan(b -> b.tableName("LiveShop")).items())
                    .containsExactly(Map.of("id", AttributeValue.fromS("kept")));
        }
    }
}
