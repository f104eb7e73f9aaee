package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hand-written shop design's programs (a read-before-write by Scan, a uniqueness copy, a sparse index) in the write sequence. */
class ShopWritesTests {

    @RegisterExtension
    static final LocalTables tables = new LocalTables();

    private static Map<String, PatternResult> verify(String table, String designJson) {
        Model model = Fixtures.model();
        ApplyPlan plan = tables.service().plan(model, Fixtures.design(designJson.replace("LiveShop", table)),
                ApplyOptions.defaults().withItems(300));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 2);
        return tables.service().verify(plan).results().stream().collect(Collectors.toMap(PatternResult::id, Function.identity()));
    }

    @Test
    void createUpdateAndDeleteProgramsPassTheWriteSequence() {
        Map<String, PatternResult> results = verify("Writes", Fixtures.text("shop.design.json"));

        for (String id : new String[] {"AP7", "AP8", "AP9", "AP10"}) {
            assertThat(results.get(id).passed()).as(results.get(id).line()).isTrue();
            assertThat(results.get(id).detail()).contains("program run literally");
        }
        assertThat(results.get("AP8").type()).isEqualTo("create");
        assertThat(results.get("AP8").detail()).contains("(refused)");
        assertThat(results.get("AP10").type()).isEqualTo("delete");
        assertThat(results.get("AP10").detail()).contains("delete of a missing instance (refused)");
        assertThat(results.get("AP7").detail()).contains("create with the identifier of a live instance (refused)");
    }

    @Test
    void anOrderKeyedByMoreThanItsIdentifierWithoutAnIdentifierMarkerLetsADuplicateIn() {
        // The order's key holds customerId and orderDate too: without the ORDERID marker a second order with a live orderId gets in.
        String json = Fixtures.text("shop.design.json").replace("\"value\": \"ORDERID#{orderId}\"", "\"value\": \"ORDERID#{orderId}#{orderDate}\"");

        Map<String, PatternResult> results = verify("NoMarker", json);

        assertThat(results.get("AP7").failed()).as(results.get("AP7").line()).isTrue();
        assertThat(results.get("AP7").detail()).contains("AP7 create");
    }

    @Test
    void aUniquenessGuardThatDoesNotCarryTheUniqueValueFailsTheCreate() {
        // The create's guard item is keyed by the customer's id instead of the email: a second customer with the same email slips in.
        String json = Fixtures.text("shop.design.json").replace("\"value\": \"EMAIL#{email}\"", "\"value\": \"EMAIL#{customerId}\"");

        Map<String, PatternResult> results = verify("WeakGuard", json);

        assertThat(results.get("AP8").failed()).as(results.get("AP8").line()).isTrue();
        assertThat(results.get("AP8").detail()).contains("seed " + WriteSequence.SEED).contains("AP8 create");
        assertThat(results.get("AP9").passed()).as(results.get("AP9").line()).isTrue();
    }
}
