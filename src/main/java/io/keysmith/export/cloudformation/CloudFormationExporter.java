package io.keysmith.export.cloudformation;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.JsonText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.YamlText;
import io.keysmith.export.cloudformation.CloudFormationView.IndexView;
import io.keysmith.export.cloudformation.CloudFormationView.Named;
import io.keysmith.export.cloudformation.CloudFormationView.TableView;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Writes a CloudFormation template (YAML or JSON) with one DynamoDB table per design table. */
public final class CloudFormationExporter {

    private final TemplateRenderer renderer;

    public CloudFormationExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> yaml(Model model, Design design) {
        return List.of(new ExportedFile(baseName(design) + ".cloudformation.yaml",
                renderer.render("cloudformation/template.yaml.mustache", view(model, design, YamlText::quote))));
    }

    public List<ExportedFile> json(Model model, Design design) {
        return List.of(new ExportedFile(baseName(design) + ".cloudformation.json",
                renderer.render("cloudformation/template.json.mustache", view(model, design, JsonText::quote))));
    }

    static String baseName(Design design) {
        String name = design.tables().isEmpty() ? "keysmith" : design.tables().get(0).name();
        return name == null ? "keysmith" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    static CloudFormationView view(Model model, Design design, UnaryOperator<String> quote) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        List<TableSpec> specs = design.tables().stream().map(t -> TableSpec.of(t, model)).toList();
        Set<String> ids = new HashSet<>();
        List<TableView> tables = new ArrayList<>();
        String modelName = model != null && model.name() != null ? model.name()
                : design.model() == null ? "" : design.model();
        for (int i = 0; i < specs.size(); i++) {
            tables.add(table(specs.get(i), modelName, uniqueId(specs.get(i).name(), ids), quote, i == specs.size() - 1));
        }
        String description = "DynamoDB tables designed by Keysmith" + (modelName.isEmpty() ? "" : " for " + modelName);
        return new CloudFormationView(quote.apply(description), tables);
    }

    private static TableView table(TableSpec spec, String modelName, String logicalId, UnaryOperator<String> quote,
            boolean last) {
        List<Named> definitions = lastFlags(spec.attributeDefinitions(), a -> new Named(quote.apply(a.name()), a.type(), false));
        List<Named> keySchema = keySchema(spec.partitionKey(), spec.sortKey(), quote);
        List<IndexView> gsis = indexes(spec.globalIndexes(), spec, quote, spec.provisioned());
        List<IndexView> lsis = indexes(spec.localIndexes(), spec, quote, false);
        List<Named> tags = List.of(
                new Named(quote.apply("keysmith:model"), quote.apply(TableSpec.tagValue(modelName.isEmpty() ? "unnamed" : modelName)), false),
                new Named(quote.apply("managed-by"), quote.apply("keysmith"), true));
        return new TableView(logicalId, logicalId + "Table", logicalId + "TableName", quote.apply(spec.name()),
                quote.apply("Name of the " + spec.name() + " table"),
                spec.provisioned() ? "PROVISIONED" : "PAY_PER_REQUEST", spec.provisioned(),
                spec.readCapacity(), spec.writeCapacity(), definitions, keySchema,
                !gsis.isEmpty(), gsis, !lsis.isEmpty(), lsis,
                spec.ttlAttribute() == null ? null : quote.apply(spec.ttlAttribute()), spec.streams(), tags, last);
    }

    private static List<IndexView> indexes(List<TableSpec.IndexSpec> indexes, TableSpec spec,
            UnaryOperator<String> quote, boolean provisioned) {
        List<IndexView> views = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            TableSpec.IndexSpec index = indexes.get(i);
            List<Named> nonKey = lastFlags(index.nonKeyAttributes(), a -> new Named(quote.apply(a), null, false));
            views.add(new IndexView(quote.apply(index.name()), keySchema(index.partitionKey(), index.sortKey(), quote),
                    index.projectionType(), !nonKey.isEmpty(), nonKey, provisioned, spec.readCapacity(),
                    spec.writeCapacity(), i == indexes.size() - 1));
        }
        return views;
    }

    private static List<Named> keySchema(KeyAttribute hash, KeyAttribute range, UnaryOperator<String> quote) {
        List<Named> keys = new ArrayList<>();
        keys.add(new Named(quote.apply(hash.name()), "HASH", range == null));
        if (range != null) {
            keys.add(new Named(quote.apply(range.name()), "RANGE", true));
        }
        return keys;
    }

    private static <T> List<Named> lastFlags(List<T> items, Function<T, Named> map) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Named n = map.apply(items.get(i));
            out.add(new Named(n.name(), n.value(), i == items.size() - 1));
        }
        return out;
    }

    /** A logical id prefix: letters and digits only, starting with a letter, unique in the template. */
    static String uniqueId(String tableName, Set<String> taken) {
        StringBuilder id = new StringBuilder();
        boolean upper = true;
        for (char c : tableName.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        String base = id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "Table" + id : id.toString();
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
