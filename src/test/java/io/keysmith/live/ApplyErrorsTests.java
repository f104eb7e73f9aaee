package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

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
}
