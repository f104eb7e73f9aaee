package io.keysmith.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.ItemRow;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The online shop embeds at most five addresses in each customer item: the seed must carry them there. */
class EmbeddedEntriesTests {

    private final Model model = shop();
    private final Design design = DesignEngine.design(model);
    private final SampleData data = new InstanceGenerator(model).generate(1_000, 5);

    static Model shop() {
        return ModelReader.parse(EmbeddingShop.json()).model();
    }

    @Test
    void theDesignSaysUnderWhichMapKeyAndHostKeyAnAddressIsStored() {
        ItemRow row = design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.entity().equals("Address")).findFirst().orElseThrow();
        assertThat(row.embeddedIn()).isEqualTo("Customer");
        assertThat(row.attribute()).isEqualTo("addresses");
        assertThat(row.keyedBy()).containsExactly("addressId");
        assertThat(row.hostKey()).containsExactly(Map.entry("customerId", "customerId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachCustomerItemCarriesExactlyItsOwnAddressesKeyedByAddressId() {
        List<RenderedItem> items = new ItemRenderer(design).renderAll(data);
        int withAddresses = 0;
        for (Instance customer : data.of("Customer")) {
            List<Instance> own = data.of("Address").stream()
                    .filter(a -> a.get("customerId").equals(customer.get("customerId"))).toList();
            RenderedItem item = items.stream().filter(i -> i.instance() == customer && "item".equals(i.row().kind()))
                    .findFirst().orElseThrow();
            Map<String, Object> map = (Map<String, Object>) item.attributes().get("addresses");
            assertThat(map).as("addresses of " + customer.get("customerId")).hasSize(own.size());
            for (Instance address : own) {
                assertThat(map.get(String.valueOf(address.get("addressId")))).isEqualTo(address.attributes());
            }
            withAddresses += own.isEmpty() ? 0 : 1;
        }
        assertThat(withAddresses).isPositive();
        assertThat(data.of("Address")).isNotEmpty();
        // no Address item of its own, and the email lookup copy is not given the map (it would go stale)
        assertThat(items).noneMatch(i -> i.instance().entity().equals("Address"));
        assertThat(items).filteredOn(i -> "lookup".equals(i.row().kind()))
                .isNotEmpty().allMatch(i -> !i.attributes().containsKey("addresses"));
    }
}
