package io.keysmith.data;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an instance into the items a design stores for it: one per {@code items} row of its
 * entity (embedded rows make none: the host's item carries them, see {@link EmbeddedEntries}),
 * with every instance attribute
 * plus the key attributes rendered from the row's templates and typed as the table or index
 * declares them. A key whose {@code presentWhen} fails, or whose template names a missing
 * attribute, is left out (the item is then not in that sparse index).
 */
public final class ItemRenderer {

    private final Design design;
    private final Map<String, Map<String, String>> keyTypes = new HashMap<>();
    private final EmbeddedEntries embedded;

    /** A renderer whose host items carry empty maps for their embedded children. */
    public ItemRenderer(Design design) {
        this(design, null);
    }

    /** A renderer whose host items carry the embedded children found in {@code data}. */
    public ItemRenderer(Design design, SampleData data) {
        this.design = design;
        this.embedded = new EmbeddedEntries(design, data);
        for (Table t : design.tables()) {
            Map<String, String> types = new HashMap<>();
            put(types, t.partitionKey());
            put(types, t.sortKey());
            for (SecondaryIndex i : t.globalSecondaryIndexes()) {
                put(types, i.partitionKey());
                put(types, i.sortKey());
            }
            for (SecondaryIndex i : t.localSecondaryIndexes()) {
                put(types, i.partitionKey());
                put(types, i.sortKey());
            }
            keyTypes.put(t.name(), types);
        }
    }

    private static void put(Map<String, String> types, KeyAttribute key) {
        if (key != null) {
            types.put(key.name(), key.type() == null ? "S" : key.type());
        }
    }

    /** The items of one instance, in the design's table and row order. */
    public List<RenderedItem> render(Instance instance) {
        List<RenderedItem> items = new ArrayList<>();
        for (Table table : design.tables()) {
            for (ItemRow row : table.items()) {
                if (row.entity().equals(instance.entity()) && row.embeddedIn() == null) {
                    Map<String, Object> attributes = attributes(table, row, instance);
                    if (!"lookup".equals(row.kind())) {
                        // a lookup copy is not updated with its host's map entries, so only the item holds them
                        embedded.mapsOf(instance).forEach(attributes::putIfAbsent);
                    }
                    items.add(new RenderedItem(table.name(), row, instance, attributes));
                }
            }
        }
        return items;
    }

    /** The children this renderer puts into their hosts' items. */
    public EmbeddedEntries embedded() {
        return embedded;
    }

    /** The items of every instance, host items carrying their embedded children from the same data. */
    public List<RenderedItem> renderAll(SampleData data) {
        ItemRenderer withChildren = new ItemRenderer(design, data);
        return data.all().stream().flatMap(i -> withChildren.render(i).stream()).toList();
    }

    private Map<String, Object> attributes(Table table, ItemRow row, Instance instance) {
        // one writer-chosen shard per item, the same for every key of the item that names one
        Instance keyed = instance;
        if (row.keys().values().stream().anyMatch(ItemRenderer::writerSharded)) {
            Map<String, Object> values = new HashMap<>(instance.attributes());
            values.put(KeyTemplate.WRITER_SHARD, java.util.concurrent.ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
            keyed = new Instance(instance.entity(), values);
        }
        Instance source = keyed;
        Map<String, Object> keys = new LinkedHashMap<>();
        Map<String, String> types = keyTypes.get(table.name());
        row.keys().forEach((name, template) -> {
            PresentWhen when = row.presentWhen() == null ? null : row.presentWhen().get(name);
            if (when != null && !holds(when, instance)) {
                return;
            }
            key(KeyTemplate.of(template), source, types.getOrDefault(name, "S")).ifPresent(v -> keys.put(name, v));
        });
        Map<String, Object> item = new LinkedHashMap<>(keys);
        instance.attributes().forEach((name, value) -> {
            if (row.attributes() == null || row.attributes().contains(name)) {
                item.putIfAbsent(name, value);
            }
        });
        return item;
    }

    private static boolean writerSharded(String template) {
        KeyTemplate.Shard shard = KeyTemplate.of(template).shard();
        return shard != null && shard.attribute() == null;
    }

    /**
     * A key value typed as declared: a bare attribute keeps its number, a composite template is text.
     * A writer-chosen shard ({@code {#shard:N}}) the values do not hold is picked at random.
     */
    public static Optional<Object> key(KeyTemplate template, Instance instance, String type) {
        Map<String, Object> values = instance.attributes();
        KeyTemplate.Shard shard = template.shard();
        if (shard != null && shard.attribute() == null && !values.containsKey(KeyTemplate.WRITER_SHARD)) {
            values = new HashMap<>(values);
            values.put(KeyTemplate.WRITER_SHARD, java.util.concurrent.ThreadLocalRandom.current().nextInt(shard.count()));
        }
        Optional<String> text = template.render(values);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (type) {
            case "N" -> {
                try {
                    yield Optional.of(new BigDecimal(text.get()));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case "B" -> Optional.of(text.get().getBytes(StandardCharsets.UTF_8));
            default -> Optional.of(text.get());
        };
    }

    /** Whether an item satisfies a sparse key's condition. */
    public static boolean holds(PresentWhen when, Instance instance) {
        Object actual = instance.get(when.attribute());
        String op = when.op() == null ? "=" : when.op();
        return switch (op) {
            case "exists" -> actual != null;
            case "not_exists" -> actual == null;
            case "=" -> actual != null && Values.same(actual, when.value());
            case "<>", "!=" -> actual != null && !Values.same(actual, when.value());
            default -> throw new IllegalArgumentException("presentWhen op \"" + op + "\" is not supported");
        };
    }
}
