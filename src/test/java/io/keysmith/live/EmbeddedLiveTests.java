package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.keysmith.design.program.Action;
import io.keysmith.design.program.Check;
import io.keysmith.design.program.CheckFunction;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.design.program.UpdateAction;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The online shop keeps a customer's addresses inside the customer item: seeded there, read with
 * the customer (AP2), removed one entry at a time (AP20), and a read pattern of the addresses
 * themselves answered from the customer items' maps.
 */
class EmbeddedLiveTests {

    private static String shopText() throws IOException {
        return io.keysmith.data.EmbeddingShop.json();
    }

    private static Map<String, PatternResult> applyAndVerify(Model model, Design design, Consumer<DynamoDbClient> tamper) {
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 4);
            tamper.accept(service.client());
            return service.verify(plan).results().stream().collect(Collectors.toMap(PatternResult::id, Function.identity()));
        }
    }

    @Test
    void theEmbeddedAddressesAreSeededReadWithTheirCustomerAndRemovedByUpdateItem() throws IOException {
        Model model = ModelReader.parse(shopText()).model();

        Map<String, PatternResult> results = applyAndVerify(model, DesignEngine.design(model), c -> { });

        assertThat(results.values()).allMatch(PatternResult::passed, "every pattern passes")
                .noneMatch(r -> r.detail().contains("not checked"));
        assertThat(results.get("AP20").detail()).contains("program run literally").contains("delete of a missing instance (refused)");
        assertThat(results.get("AP2").detail()).contains("Address entries of addresses compared");
    }

    @Test
    void aDesignSavedBeforeHostKeyExistedIsCompletedFromTheModel() throws IOException {
        Model model = ModelReader.parse(shopText()).model();
        ObjectNode design = (ObjectNode) ModelJson.MAPPER.valueToTree(DesignEngine.design(model));
        design.get("tables").forEach(t -> t.get("items").forEach(r -> ((ObjectNode) r).remove("hostKey")));
        Design old = ModelJson.MAPPER.treeToValue(design, Design.class);
        assertThat(old.tables().get(0).items()).allMatch(r -> r.hostKey() == null);

        Map<String, PatternResult> results = applyAndVerify(model, old, c -> { });

        assertThat(results.get("AP2").passed()).as(results.get("AP2").line()).isTrue();
        assertThat(results.get("AP20").passed()).as(results.get("AP20").line()).isTrue();
        assertThat(results.get("AP20").detail()).contains("program run literally");
    }

    @Test
    void customerItemsWithoutTheirAddressMapFailTheCheckoutRead() throws IOException {
        Model model = ModelReader.parse(shopText()).model();

        Map<String, PatternResult> results = applyAndVerify(model, DesignEngine.design(model),
                c -> eachCustomer(c, (key, item) -> c.updateItem(b -> b.tableName("OnlineShop").key(key)
                        .updateExpression("REMOVE #m").expressionAttributeNames(Map.of("#m", "addresses")))));

        assertThat(results.get("AP2").passed()).isFalse();
        assertThat(results.get("AP2").detail()).contains("has no map addresses");
        assertThat(results.get("AP6").passed()).as("other patterns are untouched").isTrue();
    }

    @Test
    void anAddressEntryHoldingOtherValuesFailsTheCheckoutRead() throws IOException {
        Model model = ModelReader.parse(shopText()).model();

        Map<String, PatternResult> results = applyAndVerify(model, DesignEngine.design(model),
                c -> eachCustomer(c, (key, item) -> item.get("addresses").m().keySet().forEach(k -> c.updateItem(b -> b
                        .tableName("OnlineShop").key(key).updateExpression("SET #m.#k.#c = :c")
                        .expressionAttributeNames(Map.of("#m", "addresses", "#k", k, "#c", "city"))
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("Nowhere")))))));

        assertThat(results.get("AP2").passed()).isFalse();
        assertThat(results.get("AP2").detail()).contains("does not hold the Address's values");
    }

    @Test
    void readsCreatesAndUpdatesOfTheAddressesThemselvesGoThroughTheCustomerItems() throws IOException {
        ObjectNode shop = (ObjectNode) ModelJson.MAPPER.readTree(shopText());
        ArrayNode patterns = (ArrayNode) shop.get("accessPatterns");
        patterns.add(ModelJson.MAPPER.readTree("""
                {"id": "AP21", "name": "Saved addresses of a customer by label", "type": "read", "entity": "Address",
                 "where": [{"attribute": "customerId", "op": "="}], "orderBy": {"attribute": "label", "direction": "asc"},
                 "returns": "many", "rate": 1}"""));
        patterns.add(ModelJson.MAPPER.readTree("""
                {"id": "AP22", "name": "One saved address", "type": "read", "entity": "Address",
                 "where": [{"attribute": "customerId", "op": "="}, {"attribute": "addressId", "op": "="}], "rate": 1}"""));
        patterns.add(ModelJson.MAPPER.readTree("""
                {"id": "AP23", "name": "Save a new address", "type": "create", "entity": "Address", "rate": 1}"""));
        patterns.add(ModelJson.MAPPER.readTree("""
                {"id": "AP24", "name": "Rename an address", "type": "update", "entity": "Address",
                 "where": [{"attribute": "customerId", "op": "="}, {"attribute": "addressId", "op": "="}],
                 "set": ["label", "recipient"], "rate": 1}"""));
        Model model = ModelReader.parse(ModelJson.MAPPER.writeValueAsString(shop)).model();
        // The engine would not embed Address with reads of its own; take the design of the sample and
        // serve the new reads as the application would: GetItem on the customer, entries from its map.
        Model original = ModelReader.parse(shopText()).model();
        ObjectNode design = (ObjectNode) ModelJson.MAPPER.valueToTree(DesignEngine.design(original));
        ArrayNode plans = (ArrayNode) design.get("accessPatterns");
        JsonNode checkout = null;
        for (JsonNode p : plans) {
            checkout = p.get("id").asText().equals("AP2") ? p : checkout;
        }
        JsonNode remove = null;
        for (JsonNode p : plans) {
            remove = p.get("id").asText().equals("AP20") ? p : remove;
        }
        for (String id : new String[] {"AP21", "AP22"}) {
            plans.add(((ObjectNode) checkout.deepCopy()).put("id", id));
        }
        // creates and updates of an entry: the same UpdateItem on the customer's key as the removal, as the engine writes them
        plans.add(((ObjectNode) remove.deepCopy()).put("id", "AP23"));
        plans.add(((ObjectNode) remove.deepCopy()).put("id", "AP24"));
        Design withPlans = ModelJson.MAPPER.treeToValue(design, Design.class);
        ProgramRequest removal = withPlans.accessPatterns().stream().filter(p -> p.id().equals("AP20")).findFirst().orElseThrow()
                .program().get(0);
        List<String> entry = removal.update().get(0).path();
        withPlans = ProgramEdits.onPattern(withPlans, "AP23", x -> List.of(entryWrite(removal,
                List.of(new UpdateAction(Action.SET, null, entry, null, null, "Address")),
                new Check(CheckFunction.ATTRIBUTE_NOT_EXISTS, null, entry, null, null))));
        withPlans = ProgramEdits.onPattern(withPlans, "AP24", x -> List.of(entryWrite(removal,
                List.of(new UpdateAction(Action.SET, null, append(entry, "label"), "{label}", null, null),
                        new UpdateAction(Action.SET, null, append(entry, "recipient"), "{recipient}", null, null)),
                new Check(CheckFunction.ATTRIBUTE_EXISTS, null, entry, null, null))));

        Map<String, PatternResult> results = applyAndVerify(model, withPlans, c -> { });

        for (String id : new String[] {"AP21", "AP22", "AP2", "AP20", "AP23", "AP24"}) {
            assertThat(results.get(id).passed()).as(results.get(id).line()).isTrue();
        }
        assertThat(results.get("AP21").detail()).contains("entries of Customer.addresses");
        assertThat(results.get("AP21").items()).isPositive();
        assertThat(results.get("AP23").detail()).contains("program run literally").contains("(refused)");
        assertThat(results.get("AP24").detail()).contains("program run literally").contains("update of a missing instance (refused)");
    }

    private static ProgramRequest entryWrite(ProgramRequest like, List<UpdateAction> actions, Check entryCheck) {
        return new ProgramRequest(like.operation(), like.table(), null, like.key(), null, null, null, null, null, null, null, actions,
                List.of(like.condition().get(0), entryCheck), null, null, null, null);
    }

    private static List<String> append(List<String> path, String attribute) {
        List<String> out = new java.util.ArrayList<>(path);
        out.add(attribute);
        return out;
    }

    /** Runs the change on the key and item of every customer item that carries an address map. */
    private static void eachCustomer(DynamoDbClient c, java.util.function.BiConsumer<Map<String, AttributeValue>, Map<String, AttributeValue>> change) {
        c.scanPaginator(b -> b.tableName("OnlineShop")).items().stream()
                .filter(i -> i.containsKey("addresses"))
                .forEach(i -> change.accept(Map.of("PK", i.get("PK"), "SK", i.get("SK")), i));
    }
}
