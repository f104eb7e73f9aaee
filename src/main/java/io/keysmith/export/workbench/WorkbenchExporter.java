package io.keysmith.export.workbench;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import io.keysmith.export.DynamoDbJson;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportTime;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.ImpliedModel;
import io.keysmith.export.JsonText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.seed.SeedItem;
import io.keysmith.export.seed.SeedItems;
import io.keysmith.export.workbench.WorkbenchView.FacetView;
import io.keysmith.export.workbench.WorkbenchView.IndexView;
import io.keysmith.export.workbench.WorkbenchView.Key;
import io.keysmith.export.workbench.WorkbenchView.Line;
import io.keysmith.export.workbench.WorkbenchView.TableView;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Writes a NoSQL Workbench data model: per table its keys, GSIs and one facet per stored entity,
 * whose key aliases are the design's key templates and whose data are generated sample items.
 */
public final class WorkbenchExporter {

    /** Sample items per entity: enough to see a pattern in Workbench's visualizer, few enough to read. */
    static final int ITEMS_PER_ENTITY = 3;

    static final int CANDIDATES_PER_ENTITY = 20;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, hh:mm a", Locale.US);

    private final TemplateRenderer renderer;

    public WorkbenchExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design, ExportOptions options) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        Model full = ImpliedModel.orImplied(model, design);
        int entities = Math.max(1, full.entities().size());
        // More instances than shown, so that every sparse key can be shown on some item.
        List<SeedItem> items = SeedItems.generate(full, design, CANDIDATES_PER_ENTITY * entities, options.seed());
        String name = full.name() == null ? "Keysmith model" : full.name();
        List<TableView> tables = new ArrayList<>();
        for (int i = 0; i < design.tables().size(); i++) {
            tables.add(table(design.tables().get(i), design, full, items, i == design.tables().size() - 1));
        }
        WorkbenchView view = new WorkbenchView(JsonText.quote(name),
                JsonText.quote(DATE.format(ExportTime.now())),
                JsonText.quote(full.description() == null ? "Designed with Keysmith" : full.description()), tables, null);
        String text = renderer.render("workbench/model.json.mustache", view);
        if (model != null) {
            // Keysmith's model travels with the file, tied to the DataModel just written
            JsonNode dataModel = ModelJson.parseTree(text).path("DataModel");
            text = renderer.render("workbench/model.json.mustache",
                    view.withKeysmith(KeysmithSection.write(model, design.tables(), dataModel)));
        }
        String file = name.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-|-$", "");
        return List.of(new ExportedFile((file.isEmpty() ? "keysmith" : file) + ".workbench.json", text));
    }

    private static TableView table(Table table, Design design, Model model, List<SeedItem> items, boolean last) {
        TableSpec spec = TableSpec.of(table, design, model);
        Set<String> tableKeys = new LinkedHashSet<>();
        tableKeys.add(spec.partitionKey().name());
        if (spec.sortKey() != null) {
            tableKeys.add(spec.sortKey().name());
        }
        Map<String, String> types = new LinkedHashMap<>();
        spec.attributeDefinitions().stream().filter(a -> !tableKeys.contains(a.name()))
                .forEach(a -> types.put(a.name(), a.type()));
        List<FacetView> facets = new ArrayList<>();
        Set<String> facetNames = new LinkedHashSet<>();
        List<ItemRow> rows = table.items().stream().filter(r -> r.embeddedIn() == null && r.entity() != null).toList();
        for (ItemRow row : rows) {
            Entity entity = model.entity(row.entity()).orElse(null);
            List<String> attributes = new ArrayList<>();
            row.keys().keySet().stream().filter(k -> !tableKeys.contains(k)).forEach(attributes::add);
            if (entity != null) {
                entity.attributes().forEach(a -> {
                    types.putIfAbsent(a.name(), WorkbenchTypes.of(a.type()));
                    if (!tableKeys.contains(a.name()) && !attributes.contains(a.name())) {
                        attributes.add(a.name());
                    }
                });
            }
            String facetName = row.entity();
            for (int n = 2; !facetNames.add(facetName); n++) {
                facetName = row.entity() + "." + (row.kind() == null ? "copy" : row.kind()) + (n > 2 ? n : "");
            }
            List<String> maps = table.items().stream().filter(r -> row.entity().equals(r.embeddedIn()) && r.attribute() != null)
                    .map(ItemRow::attribute).toList();
            // the maps holding embedded children are attributes of the host's items like any other
            for (String map : maps) {
                types.putIfAbsent(map, "M");
                if (!attributes.contains(map)) {
                    attributes.add(map);
                }
            }
            List<Line> data = lines(shown(fullestFirst(items.stream().filter(i -> i.table().equals(table.name())
                    && row.equals(i.row())).toList(), maps)),
                    i -> DynamoDbJson.compact(DynamoDbJson.item(i.attributes())));
            facets.add(new FacetView(JsonText.quote(facetName), JsonText.quote(row.keys().getOrDefault(spec.partitionKey().name(), spec.partitionKey().name())),
                    spec.sortKey() == null ? null : JsonText.quote(row.keys().getOrDefault(spec.sortKey().name(), spec.sortKey().name())),
                    data, lines(attributes, JsonText::quote), false));
        }
        if (!facets.isEmpty()) {
            FacetView f = facets.removeLast();
            facets.add(new FacetView(f.name(), f.partitionKeyAlias(), f.sortKeyAlias(), f.items(), f.nonKeyAttributes(), true));
        }
        List<Key> nonKey = new ArrayList<>();
        types.forEach((n, t) -> nonKey.add(new Key(JsonText.quote(n), t, false)));
        List<IndexView> gsis = new ArrayList<>();
        for (int i = 0; i < spec.globalIndexes().size(); i++) {
            var index = spec.globalIndexes().get(i);
            gsis.add(new IndexView(JsonText.quote(index.name()),
                    new Key(JsonText.quote(index.partitionKey().name()), index.partitionKey().type(), index.sortKey() == null),
                    index.sortKey() == null ? null : new Key(JsonText.quote(index.sortKey().name()), index.sortKey().type(), true),
                    index.projectionType(), !index.nonKeyAttributes().isEmpty(), lines(index.nonKeyAttributes(), JsonText::quote),
                    i == spec.globalIndexes().size() - 1));
        }
        return new TableView(JsonText.quote(spec.name()),
                new Key(JsonText.quote(spec.partitionKey().name()), spec.partitionKey().type(), spec.sortKey() == null),
                spec.sortKey() == null ? null : new Key(JsonText.quote(spec.sortKey().name()), spec.sortKey().type(), true),
                lastFlagged(nonKey), facets, !gsis.isEmpty(), gsis,
                spec.billingMode().json(), spec.provisioned(), spec.readCapacity(),
                spec.writeCapacity(), last);
    }

    /** Up to {@link #ITEMS_PER_ENTITY} items, first those that show a key attribute no earlier one has. */
    static List<SeedItem> shown(List<SeedItem> candidates) {
        List<SeedItem> shown = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (SeedItem item : candidates) {
            if (shown.size() < ITEMS_PER_ENTITY && !covered.containsAll(keysOf(item))) {
                shown.add(item);
                covered.addAll(keysOf(item));
            }
        }
        for (SeedItem item : candidates) {
            if (shown.size() < ITEMS_PER_ENTITY && !shown.contains(item)) {
                shown.add(item);
            }
        }
        return shown;
    }

    /**
     * The candidates with, first, for each embedded map the item holding the most entries: Workbench
     * has no place for the bound, so an import reads it from the fullest sample.
     */
    static List<SeedItem> fullestFirst(List<SeedItem> candidates, List<String> maps) {
        Set<SeedItem> ordered = new LinkedHashSet<>();
        for (String map : maps) {
            candidates.stream().max(java.util.Comparator.comparingInt(i -> entries(i, map))).ifPresent(ordered::add);
        }
        ordered.addAll(candidates);
        return List.copyOf(ordered);
    }

    private static int entries(SeedItem item, String map) {
        return item.attributes().get(map) instanceof Map<?, ?> m ? m.size() : 0;
    }

    private static Set<String> keysOf(SeedItem item) {
        Set<String> keys = new LinkedHashSet<>(item.row().keys().keySet());
        keys.retainAll(item.attributes().keySet());
        return keys;
    }

    private static List<Key> lastFlagged(List<Key> keys) {
        List<Key> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Key(keys.get(i).name(), keys.get(i).type(), i == keys.size() - 1));
        }
        return out;
    }

    private static <T> List<Line> lines(List<T> values, Function<T, String> text) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            lines.add(new Line(text.apply(values.get(i)), i == values.size() - 1));
        }
        return lines;
    }
}
