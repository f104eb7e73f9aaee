package io.keysmith.export.seed;

import io.keysmith.design.Design;
import io.keysmith.design.Table;
import io.keysmith.export.DynamoDbJson;
import io.keysmith.export.DynamoDbNames;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.ImpliedModel;
import io.keysmith.export.JsonText;
import io.keysmith.export.MarkdownText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.seed.SeedView.Line;
import io.keysmith.export.seed.SeedView.TableItems;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes sample items as {@code batch-write-item} request files (25 puts each, the API's limit)
 * and as one newline-delimited DynamoDB JSON file per table for DynamoDB's import from S3.
 */
public final class SeedExporter {

    static final int BATCH = 25;

    private final TemplateRenderer renderer;

    public SeedExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design, ExportOptions options) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        design.tables().forEach(t -> DynamoDbNames.requireTableName(t.name()));
        Model full = ImpliedModel.orImplied(model, design);
        List<SeedItem> items = SeedItems.generate(full, design, options.count(), options.seed());
        requireKeys(design, items);
        List<ExportedFile> files = new ArrayList<>();
        List<String> requestFiles = new ArrayList<>();
        for (int from = 0, n = 1; from < items.size(); from += BATCH, n++) {
            String path = String.format("seed/batch-write/request-%04d.json", n);
            requestFiles.add(path);
            files.add(new ExportedFile(path, renderer.render("seed/batch-write.json.mustache",
                    byTable(items.subList(from, Math.min(items.size(), from + BATCH))))));
        }
        List<String> importFiles = new ArrayList<>();
        List<SeedView.Import> imports = new ArrayList<>();
        for (TableItems table : byTable(items).tables()) {
            String name = unquote(table.name());
            String path = "seed/s3-import/" + name + ".json";
            importFiles.add(path);
            files.add(new ExportedFile(path, renderer.render("seed/s3-import.json.mustache", table)));
            Table designTable = design.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
            ImportParameters parameters = ImportParameters.of(TableSpec.of(designTable, design, full));
            String parametersPath = "seed/s3-import/" + name + ".table-creation-parameters.json";
            files.add(new ExportedFile(parametersPath, renderer.render("seed/table-creation-parameters.json.mustache", parameters)));
            imports.add(new SeedView.Import(name, path, parametersPath, parameters.hasLsis()));
        }
        String modelName = full.name() == null ? "" : full.name();
        files.add(new ExportedFile("seed/README.md", renderer.render("seed/README.md.mustache",
                new SeedView.Readme(MarkdownText.text(modelName), options.seed(), options.count(), items.size(),
                        requestFiles, importFiles, requestFiles.isEmpty() ? null : requestFiles.get(0), imports))));
        return files;
    }

    /** Every item needs its table's keys; a template naming an attribute without a value would leave one out. */
    private static void requireKeys(Design design, List<SeedItem> items) {
        Map<String, Table> tables = new LinkedHashMap<>();
        design.tables().forEach(t -> tables.put(t.name(), t));
        for (SeedItem item : items) {
            Table table = tables.get(item.table());
            for (var key : table.sortKey() == null ? List.of(table.partitionKey()) : List.of(table.partitionKey(), table.sortKey())) {
                if (!item.attributes().containsKey(key.name())) {
                    throw new ExportException("cannot export seed data: a sample " + item.entity() + " has no " + key.name()
                            + " because its template " + JsonText.quote(item.row().keys().getOrDefault(key.name(), "(none)"))
                            + " names an attribute without a value; make that attribute required");
                }
            }
        }
    }

    private static SeedView byTable(List<SeedItem> items) {
        Map<String, List<SeedItem>> grouped = new LinkedHashMap<>();
        items.forEach(i -> grouped.computeIfAbsent(i.table(), t -> new ArrayList<>()).add(i));
        List<TableItems> tables = new ArrayList<>();
        int t = 0;
        for (var entry : grouped.entrySet()) {
            List<Line> lines = new ArrayList<>();
            List<SeedItem> list = entry.getValue();
            for (int i = 0; i < list.size(); i++) {
                lines.add(new Line(DynamoDbJson.compact(DynamoDbJson.item(list.get(i).attributes())), i == list.size() - 1));
            }
            tables.add(new TableItems(JsonText.quote(entry.getKey()), lines, ++t == grouped.size()));
        }
        return new SeedView(tables);
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
