package io.keysmith.export.electrodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ElectroDB files as text: the design's keys as templates, collections, padded numbers, two-step lookups. */
class ElectroDbExporterTests {

    private static Map<String, String> export(Model model, Design design) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ExportedFile f : Exporters.export(model, design, Format.ELECTRODB, ExportOptions.DEFAULT)) {
            files.put(f.path(), f.content());
        }
        return files;
    }

    @Test
    void everyKeyIsTheDesignsTemplateWithCasingNoneAndSharedPartitionsAreCollections() throws Exception {
        Model model = ElectroDbExportTests.sample("online-shop.json");
        Map<String, String> files = export(model, DesignEngine.design(model));
        assertThat(files).containsOnlyKeys("electrodb/src/entities.ts", "electrodb/src/usage.ts", "electrodb/package.json",
                "electrodb/tsconfig.json", "electrodb/README.md");
        String entities = files.get("electrodb/src/entities.ts");
        assertThat(entities)
                .contains("pk: { field: \"PK\", composite: [\"customerId\"], template: \"CUSTOMER#${customerId}\", casing: \"none\" }")
                .contains("sk: { field: \"SK\", composite: [], template: \"CUSTOMER\", casing: \"none\" }")
                .contains("collection: \"customer\"")
                .contains("template: \"PRODUCT#${pricePadded10}#${productId}\"")
                .contains("\"pricePadded10\": { type: \"string\", hidden: true, watch: [\"price\"]")
                .contains("export const CustomerEmailMarker = new ElectroEntity(")
                .contains("condition: (attr) => attr[\"status\"] === \"LABEL_CREATED\"");
        assertThat(entities.split("casing: \"none\"", -1).length - 1).isEqualTo(entities.split("template: ", -1).length - 1);
    }

    @Test
    void aLookupByAUniqueValueIsTheMarkerThenTheItem() throws Exception {
        Model model = ElectroDbExportTests.sample("online-shop.json");
        String usage = export(model, DesignEngine.design(model)).get("electrodb/src/usage.ts");
        assertThat(usage).contains("const r1 = found(\"CustomerEmailMarker\", [(await CustomerEmailMarker.get({ \"email\": params[\"email\"] }).go(GET)).data]);")
                .contains("Customer.get({ \"customerId\": x.attributes[\"customerId\"] }).go(GET)");
    }

    @Test
    void withoutTheModelTheExportSaysWhyItCannotRun() throws Exception {
        Model model = ElectroDbExportTests.sample("users-service.json");
        assertThatThrownBy(() -> export(null, DesignEngine.design(model)))
                .isInstanceOf(ExportException.class).hasMessageContaining("without the model");
    }
}
