package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.indexCount;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class IdentifierFirstTests {

    private static final String BRANCH = """
            {"name": "Branch", "attributes": [
              {"name": "branchId", "type": "string", "identifier": true},
              {"name": "country", "type": "string", "required": true},
              {"name": "region", "type": "string", "required": true},
              {"name": "town", "type": "string", "required": true},
              {"name": "phone", "type": "string"}]}""";

    private static final String WRITES = """
            {"id": "W1", "name": "open", "type": "create", "entity": "Branch"},
            {"id": "W2", "name": "rephone", "type": "update", "entity": "Branch",
             "where": [{"attribute": "branchId", "op": "="}], "set": ["phone"]}""";

    private static String located(String byId, String byTown, boolean narrowestFirst) {
        String country = read("AP1", "Branch", eq("country"), rate(20));
        String region = read("AP2", "Branch", eq("country") + "," + eq("region"), rate(50));
        String town = read("AP3", "Branch", eq("country") + "," + eq("region") + "," + eq("town"), byTown);
        String get = read("AP4", "Branch", eq("branchId"), byId);
        String reads = narrowestFirst ? String.join(",", country, region, town, get)
                : String.join(",", town, region, country, get);
        return model(BRANCH, "", reads + "," + WRITES);
    }

    private static String rate(int perSecond) {
        return ", \"rate\": " + perSecond;
    }

    @Test
    void theIdentifierKeysTheTableAndTheLocationsShareOneIndex() {
        Design d = design(located(rate(100), rate(100), true));
        assertThat(row(d, "Branch").keys()).containsEntry("PK", "BRANCH#{branchId}").containsEntry("SK", "BRANCH");
        assertThat(plan(d, "AP4").operation()).isEqualTo("GetItem");
        assertThat(plan(d, "AP4").index()).isNull();
        assertThat(indexCount(d)).isEqualTo(1);
        assertThat(d.tables().get(0).items()).noneMatch(r -> "lookup".equals(r.kind()));
        assertThat(step(d, "base-table-key").changes()).anyMatch(c -> c.contains("keyed by its identifier branchId")
                && c.contains("goes to an index"));
    }

    @Test
    void theLocationPatternsShareOneIndexWhateverTheirOrder() {
        Design d = design(located(rate(100), rate(100), false));
        assertThat(indexCount(d)).isEqualTo(1);
        assertThat(plan(d, "AP1").index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP2").index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP3").index()).isEqualTo("GSI1");
    }

    @Test
    void aGroupingReadMoreFrequentThanEveryReadByIdentifierKeepsTheBaseTableAndSaysWhy() {
        Design d = design(located(rate(10), rate(500), true));
        assertThat(row(d, "Branch").keys().get("PK")).contains("{country}");
        assertThat(d.tables().get(0).items()).anyMatch(r -> "lookup".equals(r.kind()) && r.entity().equals("Branch"));
        assertThat(step(d, "base-table-key").changes()).anyMatch(c -> c.contains("AP3 at 500/s is more frequent than every"
                + " read by identifier (AP4 at 10/s)"));
    }

    @Test
    void anEntityNeverReadByIdentifierKeepsItsGroupingKeyWithAMarker() {
        Design d = design(model(BRANCH, "", read("AP2", "Branch", eq("country") + "," + eq("region")) + "," + WRITES));
        assertThat(row(d, "Branch").keys().get("PK")).contains("{country}");
        assertThat(indexCount(d)).isZero();
        assertThat(step(d, "identifier-marker").fired()).isTrue();
    }
}
