package io.keysmith.export.terraform;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.HclText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.terraform.TerraformView.Argument;
import io.keysmith.export.terraform.TerraformView.Block;
import io.keysmith.export.terraform.TerraformView.Output;
import io.keysmith.export.terraform.TerraformView.Policy;
import io.keysmith.export.terraform.TerraformView.Scaling;
import io.keysmith.export.terraform.TerraformView.TableView;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a Terraform module: the provider pin ({@code versions.tf}), one {@code aws_dynamodb_table}
 * per design table with autoscaling when provisioned and, when asked, the design's IAM policies;
 * its variables and outputs.
 */
public final class TerraformExporter {

    private final TemplateRenderer renderer;

    public TerraformExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design, boolean iam) {
        TerraformView view = view(model, design, iam);
        return List.of(
                new ExportedFile("main.tf", renderer.render("terraform/main.tf.mustache", view)),
                new ExportedFile("variables.tf", renderer.render("terraform/variables.tf.mustache", view)),
                new ExportedFile("outputs.tf", renderer.render("terraform/outputs.tf.mustache", view)),
                // the tables first: the Export tab previews the first file
                new ExportedFile("versions.tf", renderer.render("terraform/versions.tf.mustache", view)));
    }

    static TerraformView view(Model model, Design design, boolean iam) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        String modelName = model != null && model.name() != null ? model.name()
                : design.model() == null ? "unnamed" : design.model();
        Set<String> names = new HashSet<>();
        Set<String> scalingNames = new HashSet<>();
        Map<String, String> resources = new HashMap<>();
        List<TableView> tables = new ArrayList<>();
        List<Scaling> scaling = new ArrayList<>();
        for (var table : design.tables()) {
            TableSpec spec = TableSpec.of(table, design, model);
            String resource = unique(HclText.identifier(spec.name()), names);
            resources.put(spec.name(), resource);
            tables.add(table(spec, resource, modelName, tables.isEmpty()));
            scaling.addAll(TerraformScaling.of(spec, resource, scalingNames));
        }
        List<Policy> policies = iam ? TerraformPolicies.of(model, design, resources) : List.of();
        List<Output> policyOutputs = new ArrayList<>();
        for (Policy p : policies) {
            policyOutputs.add(new Output(p.resource() + "_policy_arn", q("ARN of the " + p.resource() + " IAM policy"),
                    "aws_iam_policy." + p.resource() + ".arn", false));
        }
        if (!policyOutputs.isEmpty()) {
            TableView last = tables.remove(tables.size() - 1);
            List<Output> outputs = new ArrayList<>(last.outputs());
            outputs.addAll(policyOutputs);
            tables.add(new TableView(last.resource(), last.variable(), last.arguments(), last.attributes(), last.globalIndexes(),
                    last.localIndexes(), last.ttlAttribute(), last.tags(), last.defaultName(), last.variableArguments(),
                    outputs, last.first(), last.provisioned()));
        }
        return new TerraformView(tables, scaling, policies);
    }

    private static TableView table(TableSpec spec, String resource, String modelName, boolean first) {
        String variable = resource + "_table_name";
        Map<String, String> args = new LinkedHashMap<>();
        args.put("name", "var." + variable);
        args.put("billing_mode", q(spec.billingMode().json()));
        if (spec.provisioned()) {
            args.put("read_capacity", Long.toString(spec.readCapacity()));
            args.put("write_capacity", Long.toString(spec.writeCapacity()));
        }
        args.put("hash_key", q(spec.partitionKey().name()));
        if (spec.sortKey() != null) {
            args.put("range_key", q(spec.sortKey().name()));
        }
        if (spec.streams()) {
            args.put("stream_enabled", "true");
            args.put("stream_view_type", q("NEW_AND_OLD_IMAGES"));
        }
        args.put("deletion_protection_enabled", "true");
        List<Block> attributes = spec.attributeDefinitions().stream()
                .map(a -> block(Map.of("name", q(a.name()), "type", q(a.type())), List.of("name", "type"))).toList();
        List<Block> gsis = spec.globalIndexes().stream().map(i -> index(i, spec, true)).toList();
        List<Block> lsis = spec.localIndexes().stream().map(i -> index(i, spec, false)).toList();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(q("keysmith:model"), q(TableSpec.tagValue(modelName)));
        tags.put(q("managed-by"), q("keysmith"));
        Map<String, String> variableArgs = new LinkedHashMap<>();
        variableArgs.put("description", q("Name of the " + spec.name() + " DynamoDB table"));
        variableArgs.put("type", "string");
        variableArgs.put("default", q(spec.name()));
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(resource + "_table_name", q("Name of the " + spec.name() + " table"),
                "aws_dynamodb_table." + resource + ".name", first));
        outputs.add(new Output(resource + "_table_arn", q("ARN of the " + spec.name() + " table"),
                "aws_dynamodb_table." + resource + ".arn", false));
        if (spec.streams()) {
            outputs.add(new Output(resource + "_stream_arn", q("ARN of the " + spec.name() + " table's stream"),
                    "aws_dynamodb_table." + resource + ".stream_arn", false));
        }
        return new TableView(resource, variable, aligned(args), attributes, gsis, lsis,
                spec.ttlAttribute() == null ? null : q(spec.ttlAttribute()), aligned(tags), q(spec.name()),
                aligned(variableArgs), outputs, first, spec.provisioned());
    }

    private static Block index(TableSpec.IndexSpec index, TableSpec spec, boolean global) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("name", q(index.name()));
        if (global) {
            args.put("hash_key", q(index.partitionKey().name()));
        }
        if (index.sortKey() != null) {
            args.put("range_key", q(index.sortKey().name()));
        }
        args.put("projection_type", q(index.projectionType()));
        if (!index.nonKeyAttributes().isEmpty()) {
            args.put("non_key_attributes", "[" + String.join(", ", index.nonKeyAttributes().stream().map(HclText::quote).toList()) + "]");
        }
        if (global && spec.provisioned()) {
            args.put("read_capacity", Long.toString(index.readCapacity()));
            args.put("write_capacity", Long.toString(index.writeCapacity()));
        }
        return new Block(aligned(args));
    }

    private static Block block(Map<String, String> args, List<String> order) {
        Map<String, String> ordered = new LinkedHashMap<>();
        order.forEach(k -> ordered.put(k, args.get(k)));
        return new Block(aligned(ordered));
    }

    /** Pads keys to the longest key, as {@code terraform fmt} aligns a run of single-line arguments. */
    static List<Argument> aligned(Map<String, String> args) {
        int width = args.keySet().stream().mapToInt(String::length).max().orElse(0);
        return args.entrySet().stream()
                .map(e -> new Argument(e.getKey() + " ".repeat(width - e.getKey().length()), e.getValue())).toList();
    }

    static String q(String text) {
        return HclText.quote(text);
    }

    static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }
}
