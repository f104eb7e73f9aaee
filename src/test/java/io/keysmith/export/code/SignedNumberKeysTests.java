package io.keysmith.export.code;

import static io.keysmith.export.code.NodeDriver.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.design.Design;
import io.keysmith.design.KeyTemplate;
import io.keysmith.live.Connection;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The generated {@code accessPatterns.ts} writes negative and decimal numbers into a composite
 * sort key as the engine does, and its ranges over them return exactly the readings in range.
 */
class SignedNumberKeysTests {

    private static final List<String> CELSIUS = List.of("-40", "-12.5", "-10", "-2.5", "-2.25", "-2", "-0.5", "0", "0.75", "2",
            "12.5", "40");

    @TempDir
    Path temp;

    @Test
    void rangesOverSignedDecimalsReturnExactlyTheReadingsInRangeAndTheKeysAreTheEnginesOwn() throws Exception {
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        NodeDriver.Generated generated = NodeDriver.generate(temp, "src/test/resources/design/ordering/signed-readings.model.json");
        Design design = generated.design();
        List<Map<String, Object>> calls = new ArrayList<>();
        calls.add(call("AP5", Map.of("sensorId", "s1")));
        for (int i = 0; i < CELSIUS.size(); i++) {
            calls.add(call("AP6", Map.of("sensorId", "s1", "readingId", "r" + i, "celsius", Double.parseDouble(CELSIUS.get(i)))));
        }
        calls.add(call("AP1", Map.of("sensorId", "s1", "celsius", List.of(-12.5, 0.75))));
        calls.add(call("AP2", Map.of("sensorId", "s1", "celsius", -2.25)));
        calls.add(call("AP3", Map.of("sensorId", "s1", "celsius", -2)));
        calls.add(call("AP4", Map.of("sensorId", "s1", "celsius", -0.5)));
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            List<JsonNode> out = generated.run(local.endpoint(), calls);
            int reads = 1 + CELSIUS.size();
            assertThat(out.subList(0, reads)).allMatch(o -> o.has("found"));
            assertThat(celsius(out.get(reads))).containsExactly("-12.5", "-10", "-2.5", "-2.25", "-2", "-0.5", "0", "0.75");
            assertThat(celsius(out.get(reads + 1))).containsExactlyInAnyOrder("-2", "-0.5", "0", "0.75", "2", "12.5", "40");
            assertThat(celsius(out.get(reads + 2))).containsExactly("40", "12.5", "2", "0.75", "0", "-0.5", "-2");
            assertThat(celsius(out.get(reads + 3))).containsExactlyInAnyOrder("-40", "-12.5", "-10", "-2.5", "-2.25", "-2");
            assertKeysAreTheEngines(connection, design);
        }
    }

    /** Every sort key the module wrote is the text the engine renders from the same values (one encoding). */
    private static void assertKeysAreTheEngines(Connection connection, Design design) {
        Map<String, String> keys = design.tables().get(0).items().stream().filter(r -> r.entity().equals("Reading")).findFirst()
                .orElseThrow().keys();
        int checked = 0;
        for (String table : connection.client().listTables().tableNames()) {
            for (Map<String, AttributeValue> item : connection.client().scan(b -> b.tableName(table)).items()) {
                if (!item.containsKey("celsius")) {
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("sensorId", item.get("sensorId").s());
                values.put("readingId", item.get("readingId").s());
                values.put("celsius", new BigDecimal(item.get("celsius").n()));
                for (Map.Entry<String, String> k : keys.entrySet()) {
                    assertThat(item.get(k.getKey()).s()).as(k.getKey()).isEqualTo(KeyTemplate.of(k.getValue()).render(values).orElseThrow());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(CELSIUS.size());
    }

    private static List<String> celsius(JsonNode outcome) {
        return outcome.get("found").valueStream()
                .map(f -> new BigDecimal(f.get("attributes").get("celsius").asString()).stripTrailingZeros().toPlainString()).toList();
    }
}
