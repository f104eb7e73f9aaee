package io.keysmith.export.seed;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.util.List;

/**
 * Sample items for a design: instances from {@link InstanceGenerator} (types, formats,
 * enumerations, parents that exist) rendered through the design's key templates.
 */
public final class SeedItems {

    private SeedItems() {
    }

    /** {@code count} instances over the model's entities; an entity stored twice gives two items per instance. */
    public static List<SeedItem> generate(Model model, Design design, int count, long seed) {
        SampleData data = new InstanceGenerator(model).generate(count, seed);
        return new ItemRenderer(EmbeddedEntries.withHostKeys(design, model)).renderAll(data).stream()
                .map(i -> new SeedItem(i.table(), i.row(), i.attributes())).toList();
    }
}
