package io.keysmith.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRendererTests {

    static String resource(String name) {
        try (InputStream in = ItemRendererTests.class.getResourceAsStream("/data/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final Model model = ModelReader.parse(resource("shop.model.json")).model();
    private final Design design = ModelJson.MAPPER.readValue(resource("shop.design.json"), Design.class);
    private final SampleData data = new InstanceGenerator(model).generate(500, 3);
    private final ItemRenderer renderer = new ItemRenderer(design);

    @Test
    void eachEntityRowMakesOneItemAndEmbeddedRowsNone() {
        Instance customer = data.of("Customer").get(0);
        List<RenderedItem> items = renderer.render(customer);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).attributes()).containsEntry("PK", "CUSTOMER#" + customer.get("customerId"))
                .containsEntry("SK", "PROFILE").containsEntry("email", customer.get("email"));
        assertThat(items.get(1).attributes()).containsEntry("PK", "EMAIL#" + customer.get("email"))
                .containsEntry("fullName", customer.get("fullName"));
        assertThat(renderer.render(data.of("Note").get(0))).isEmpty();
        assertThat(renderer.renderAll(data)).hasSize(2 * data.of("Customer").size() + data.of("Order").size());
    }

    @Test
    void keysAreRenderedFromTemplatesBeforeTheInstanceAttributes() {
        Instance order = data.of("Order").get(0);
        RenderedItem item = renderer.render(order).get(0);
        assertThat(item.attributes()).containsEntry("SK", "ORDER#" + order.get("orderDate") + "#" + order.get("orderId"));
        assertThat(List.copyOf(item.attributes().keySet()).subList(0, 2)).containsExactly("PK", "SK");
        assertThat(item.attributes()).containsAllEntriesOf(order.attributes());
    }

    @Test
    void sparseKeysAreWrittenOnlyWhenTheirConditionHolds() {
        for (Instance order : data.of("Order")) {
            var item = renderer.render(order).get(0).attributes();
            assertThat(item.containsKey("GSI1PK")).isEqualTo("OPEN".equals(order.get("status")));
            assertThat(item.containsKey("GSI1SK")).isEqualTo("OPEN".equals(order.get("status")));
            assertThat(item.containsKey("GSI3PK")).isEqualTo(order.get("giftNote") != null);
        }
        assertThat(data.of("Order")).anyMatch(o -> "OPEN".equals(o.get("status")))
                .anyMatch(o -> !"OPEN".equals(o.get("status"))).anyMatch(o -> o.get("giftNote") == null);
    }

    @Test
    void aTemplateNamingAMissingAttributeLeavesThatKeyOut() {
        for (Instance customer : data.of("Customer")) {
            var item = renderer.render(customer).get(0).attributes();
            assertThat(item.containsKey("GSI3PK")).isEqualTo(customer.get("nickname") != null);
        }
        assertThat(data.of("Customer")).anyMatch(c -> c.get("nickname") == null);
    }

    @Test
    void numberKeysAreNumbers() {
        Instance order = data.of("Order").get(0);
        Object rank = renderer.render(order).get(0).attributes().get("GSI2SK");
        assertThat(rank).isInstanceOf(BigDecimal.class);
        assertThat(Values.same(rank, order.get("rank"))).isTrue();
    }
}
