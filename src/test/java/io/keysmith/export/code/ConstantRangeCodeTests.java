package io.keysmith.export.code;

import static io.keysmith.export.code.NodeDriver.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.design.Design;
import io.keysmith.live.LocalEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A range condition against a constant ({@code dueDate < "AVAILABLE"}) fills its key bound from
 * the constant in the generated {@code accessPatterns.ts}: the copies on loan come back, not an
 * empty answer from a key that could not be built.
 */
class ConstantRangeCodeTests {

    @TempDir
    Path temp;

    @Test
    void theCopiesOnLoanAreFoundByTheConstantBound() throws Exception {
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        NodeDriver.Generated generated = NodeDriver.generate(temp, "src/test/resources/design/constants/library-copies.model.json");
        Design design = generated.design();
        assertThat(design.accessPatterns().get(0).keyCondition().toString()).as("the bound is in the key").contains("{dueDate}");
        List<Map<String, Object>> calls = new ArrayList<>();
        calls.add(call("AP2", Map.of("copyId", "c1", "author", "Ann Lee", "dueDate", "2026-12-01")));
        calls.add(call("AP2", Map.of("copyId", "c2", "author", "Ann Lee", "dueDate", "2026-12-20")));
        calls.add(call("AP2", Map.of("copyId", "c3", "author", "Ann Lee", "dueDate", "AVAILABLE")));
        calls.add(call("AP2", Map.of("copyId", "c4", "author", "Bo Kim", "dueDate", "2026-12-02")));
        calls.add(call("AP1", Map.of("author", "Ann Lee")));
        calls.add(call("AP3", Map.of("author", "Ann Lee")));
        try (LocalEndpoint local = LocalEndpoint.start(null)) {
            List<JsonNode> out = generated.run(local.endpoint(), calls);
            assertThat(ids(out.get(4))).containsExactlyInAnyOrder("c1", "c2");
            assertThat(ids(out.get(5))).containsExactly("c3");
        }
    }

    private static List<String> ids(JsonNode outcome) {
        assertThat(outcome.has("found")).as(outcome.toString()).isTrue();
        return outcome.get("found").valueStream().map(f -> f.get("attributes").get("copyId").asString()).toList();
    }
}
