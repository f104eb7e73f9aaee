package io.keysmith.export.cloudformation;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.export.CloudFormationText;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.LogicalIds;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.cloudformation.CloudFormationView.IndexView;
import io.keysmith.export.cloudformation.CloudFormationView.Named;
import io.keysmith.export.cloudformation.CloudFormationView.PolicyView;
import io.keysmith.export.cloudformation.CloudFormationView.ScalingView;
import io.keysmith.export.cloudformation.CloudFormationView.TableView;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Writes a CloudFormation template (YAML or JSON) with one DynamoDB table per design table,
 * autoscaling for provisioned capacity and, when asked, the IAM policies of the design.
 */
public final class CloudFormationExporter {

    private final TemplateRenderer renderer;

    public CloudFormationExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> yaml(Model model, Design design, boolean iam) {
        return List.of(new ExportedFile(baseName(design) + ".cloudformation.yaml",
                renderer.render("cloudformation/template.yaml.mustache", view(model, design, iam, CloudFormationText::yaml, CloudFormationText::yamlText))));
    }

    public List<ExportedFile> json(Model model, Design design, boolean iam) {
        return List.of(new ExportedFile(baseName(design) + ".cloudformation.json",
                renderer.render("cloudformation/template.json.mustache", view(model, design, iam, CloudFormationText::json, CloudFormationText::jsonText))));
    }

    static String baseName(Design design) {
        String name = design.tables().isEmpty() ? "keysmith" : io.keysmith.export.StackNames.of(design);
        return name == null ? "keysmith" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /**
     * The view; {@code quote} writes property values (with {@code Fn::Sub} when needed), {@code text}
     * writes descriptions, where CloudFormation allows no intrinsic function.
     */
    static CloudFormationView view(Model model, Design design, boolean iam, UnaryOperator<String> quote,
            UnaryOperator<String> text) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        List<TableSpec> specs = design.tables().stream().map(t -> TableSpec.of(t, design, model)).toList();
        Set<String> ids = new HashSet<>();
        Map<String, String> tableIds = new HashMap<>();
        String modelName = model != null && model.name() != null ? model.name()
                : design.model() == null ? "" : design.model();
        List<String> prefixes = new ArrayList<>();
        for (TableSpec spec : specs) {
            String prefix = LogicalIds.unique(spec.name(), ids);
            prefixes.add(prefix);
            tableIds.put(spec.name(), prefix + "Table");
        }
        List<ScalingView> scaling = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            scaling.addAll(CloudFormationScaling.of(specs.get(i), prefixes.get(i), ids, quote));
        }
        List<PolicyView> policies = iam ? CloudFormationPolicies.of(model, design, tableIds, ids, quote, text) : List.of();
        scaling = lastFlagged(scaling, policies.isEmpty());
        List<TableView> tables = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            boolean last = i == specs.size() - 1;
            tables.add(table(specs.get(i), modelName, prefixes.get(i), quote, text, last,
                    last && scaling.isEmpty() && policies.isEmpty(), last && policies.isEmpty()));
        }
        String description = "DynamoDB tables designed by Keysmith" + (modelName.isEmpty() ? "" : " for " + modelName);
        return new CloudFormationView(text.apply(description), tables, scaling, policies);
    }

    private static List<ScalingView> lastFlagged(List<ScalingView> scaling, boolean endsResources) {
        List<ScalingView> out = new ArrayList<>();
        for (int i = 0; i < scaling.size(); i++) {
            ScalingView s = scaling.get(i);
            out.add(new ScalingView(s.targetId(), s.policyId(), s.policyName(), s.tableId(), s.index(), s.dimension(),
                    s.kind(), s.min(), s.max(), s.target(), endsResources && i == scaling.size() - 1));
        }
        return out;
    }

    private static TableView table(TableSpec spec, String modelName, String logicalId, UnaryOperator<String> quote,
            UnaryOperator<String> text, boolean last, boolean lastResource, boolean lastOutput) {
        List<Named> definitions = lastFlags(spec.attributeDefinitions(), a -> new Named(quote.apply(a.name()), a.type(), false));
        List<Named> keySchema = keySchema(spec.partitionKey(), spec.sortKey(), quote);
        List<IndexView> gsis = indexes(spec.globalIndexes(), quote, spec.provisioned());
        List<IndexView> lsis = indexes(spec.localIndexes(), quote, false);
        List<Named> tags = List.of(
                new Named(quote.apply("keysmith:model"), quote.apply(TableSpec.tagValue(modelName.isEmpty() ? "unnamed" : modelName)), false),
                new Named(quote.apply("managed-by"), quote.apply("keysmith"), true));
        return new TableView(logicalId, logicalId + "Table", logicalId + "TableName", quote.apply(spec.name()),
                text.apply("Name of the " + spec.name() + " table"),
                spec.billingMode().json(), spec.provisioned(),
                spec.readCapacity(), spec.writeCapacity(), definitions, keySchema,
                !gsis.isEmpty(), gsis, !lsis.isEmpty(), lsis,
                spec.ttlAttribute() == null ? null : quote.apply(spec.ttlAttribute()), spec.streams(), tags, last,
                lastResource, lastOutput);
    }

    private static List<IndexView> indexes(List<TableSpec.IndexSpec> indexes, UnaryOperator<String> quote, boolean provisioned) {
        List<IndexView> views = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            TableSpec.IndexSpec index = indexes.get(i);
            List<Named> nonKey = lastFlags(index.nonKeyAttributes(), a -> new Named(quote.apply(a), null, false));
            views.add(new IndexView(quote.apply(index.name()), keySchema(index.partitionKey(), index.sortKey(), quote),
                    index.projectionType(), !nonKey.isEmpty(), nonKey, provisioned, index.readCapacity(),
                    index.writeCapacity(), i == indexes.size() - 1));
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

    static <T> List<Named> lastFlags(List<T> items, Function<T, Named> map) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Named n = map.apply(items.get(i));
            out.add(new Named(n.name(), n.value(), i == items.size() - 1));
        }
        return out;
    }
}
