package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class LimitsRuleTests {

    private static String blob(int size) {
        return "{\"name\": \"Blob\", \"attributes\": [{\"name\": \"blobId\", \"type\": \"string\", \"identifier\": true}],"
                + " \"itemSizeBytes\": " + size + "}";
    }

    @Test
    void anItemOverFourHundredKilobytesMakesTheDesignInvalid() {
        Design d = io.keysmith.design.Designs.designUnchecked(model(blob(500_000), "", read("AP1", "Blob", eq("blobId"))));
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("item-size") && w.severity().equals("error"));
        assertThat(step(d, "limits").fired()).isTrue();
    }

    @Test
    void aDesignWithinTheLimitsHasNoErrors() {
        Design d = design(model(blob(2_000), "", read("AP1", "Blob", eq("blobId"))));
        assertThat(d.warnings()).noneMatch(w -> "error".equals(w.severity()));
        assertThat(step(d, "limits").fired()).isFalse();
        assertThat(step(d, "limits").explanation()).startsWith("Every limit holds");
    }

    @Test
    void moreReadPathsThanTwentyIndexesFallBackToAScanWithAWarning() {
        StringBuilder attrs = new StringBuilder("{\"name\": \"blobId\", \"type\": \"string\", \"identifier\": true}");
        StringBuilder reads = new StringBuilder(read("AP0", "Wide", eq("blobId")));
        for (int i = 1; i <= 21; i++) {
            attrs.append(", {\"name\": \"a").append(i).append("\", \"type\": \"string\"}");
            reads.append(", ").append(read("AP" + i, "Wide", eq("a" + i)));
        }
        Design d = design(model("{\"name\": \"Wide\", \"attributes\": [" + attrs + "]}", "", reads.toString()));
        assertThat(d.tables().get(0).globalSecondaryIndexes()).hasSize(20);
        assertThat(io.keysmith.design.Designs.plan(d, "AP21").operation()).isEqualTo("Scan");
        assertThat(io.keysmith.design.Designs.plan(d, "AP21").verdict()).startsWith("needs a Scan: no key covers a21").contains("unknown, assumed 1,000");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("scan") && w.target().equals("AP21"));
    }
}
