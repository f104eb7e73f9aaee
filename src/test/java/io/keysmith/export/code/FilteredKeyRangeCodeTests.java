package io.keysmith.export.code;

import static io.keysmith.export.code.NodeDriver.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.live.LocalEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The generated {@code accessPatterns.ts} runs the widened key ranges of a free-text last name and
 * filters on the name, so it returns exactly the names in range, as the live engine's runner does.
 */
class FilteredKeyRangeCodeTests {

    private static final List<String> NAMES = List.of("Smith", "Smith Jr", "Smith!", "Smitha", "Smit");

    @TempDir
    Path temp;

    @Test
    void theGeneratedModuleReturnsExactlyTheNamesInRange() throws Exception {
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        NodeDriver.Generated generated = NodeDriver.generate(temp, "src/test/resources/design/ordering/customer-names.model.json");
        String store = "store-of-smiths";
        List<Map<String, Object>> calls = new ArrayList<>();
        calls.add(call("AP10", Map.of("storeId", store, "storeName", "Smiths")));
        for (int i = 0; i < NAMES.size(); i++) {
            calls.add(call("AP8", Map.of("customerId", "c" + i, "storeId", store, "lastName", NAMES.get(i))));
            calls.add(call("AP9", Map.of("storeId", store, "lastName", NAMES.get(i), "members", i + 1)));
        }
        calls.add(call("AP1", Map.of("storeId", store, "lastName", "Smith")));
        calls.add(call("AP2", Map.of("storeId", store, "lastName", "Smith Jr")));
        calls.add(call("AP3", Map.of("storeId", store, "lastName", List.of("Smit", "Smith"))));
        calls.add(call("AP4", Map.of("storeId", store, "lastName", "Smith Jr")));
        calls.add(call("AP5", Map.of("storeId", store, "lastName", "Smith")));
        calls.add(call("AP6", Map.of("storeId", store, "lastName", "Smith")));
        calls.add(call("AP7", Map.of("storeId", store, "lastName", "Smith")));
        try (LocalEndpoint local = LocalEndpoint.start(null)) {
            List<JsonNode> out = generated.run(local.endpoint(), calls);
            int reads = 1 + 2 * NAMES.size();
            assertThat(out.subList(0, reads)).allMatch(o -> o.has("found"));
            assertThat(names(out.get(reads))).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(out.get(reads + 1))).containsExactlyInAnyOrder("Smit", "Smith");
            assertThat(names(out.get(reads + 2))).containsExactlyInAnyOrder("Smit", "Smith");
            assertThat(names(out.get(reads + 3))).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(out.get(reads + 4))).containsExactlyInAnyOrder("Smit", "Smith");
            assertThat(names(out.get(reads + 5))).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(out.get(reads + 6))).containsExactlyInAnyOrder("Smit");
        }
    }

    private static List<String> names(JsonNode outcome) {
        assertThat(outcome.has("found")).as(outcome.toString()).isTrue();
        return outcome.get("found").valueStream().map(f -> f.get("attributes").get("lastName").asString()).toList();
    }
}
