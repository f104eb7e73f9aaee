package io.keysmith.export.cdk;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.export.CloudFormationText;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.JsonText;
import io.keysmith.export.LogicalIds;
import io.keysmith.export.MarkdownText;
import io.keysmith.export.SourceText;
import io.keysmith.export.TableSpec;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.Throughput;
import io.keysmith.export.cdk.CdkView.Autoscaled;
import io.keysmith.export.cdk.CdkView.Capacity;
import io.keysmith.export.cdk.CdkView.IndexView;
import io.keysmith.export.cdk.CdkView.Key;
import io.keysmith.export.cdk.CdkView.PolicyView;
import io.keysmith.export.cdk.CdkView.StatementView;
import io.keysmith.export.cdk.CdkView.TableView;
import io.keysmith.export.cdk.CdkView.Tag;
import io.keysmith.export.iam.IamPolicies;
import io.keysmith.export.iam.IamPolicy;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a TypeScript CDK app under {@code cdk/}: one stack (named after the first table, as the
 * CloudFormation export's file is) with a {@code TableV2} per design table, and the files that
 * build and synthesize it with pinned packages.
 */
public final class CdkExporter {

    static final String FOLDER = "cdk/";

    private final TemplateRenderer renderer;

    public CdkExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** With {@code iam} the stack also holds the design's IAM policies, on its own tables. */
    public List<ExportedFile> export(Model model, Design design, boolean iam) {
        CdkView view = view(model, design, iam);
        List<ExportedFile> files = new ArrayList<>();
        // the stack first: the Export tab previews the first file
        files.add(file("lib/" + view.stackFile() + ".ts", "cdk/stack.ts.mustache", view));
        files.add(file("bin/app.ts", "cdk/app.ts.mustache", view));
        files.add(file("package.json", "cdk/package.json.mustache", view));
        files.add(file("tsconfig.json", "cdk/tsconfig.json.mustache", view));
        files.add(file("cdk.json", "cdk/cdk.json.mustache", view));
        files.add(file(".gitignore", "cdk/gitignore.mustache", view));
        files.add(file("README.md", "cdk/README.md.mustache", view));
        return files;
    }

    private ExportedFile file(String path, String template, CdkView view) {
        return new ExportedFile(FOLDER + path, renderer.render(template, view));
    }

    static CdkView view(Model model, Design design, boolean iam) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        List<TableSpec> specs = design.tables().stream().map(t -> TableSpec.of(t, design, model)).toList();
        String modelName = model != null && model.name() != null ? model.name()
                : design.model() == null ? "" : design.model();
        Set<String> ids = new HashSet<>();
        CdkNames names = new CdkNames();
        List<TableView> tables = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (TableSpec spec : specs) {
            TableView table = table(spec, LogicalIds.unique(spec.name(), ids), modelName, names);
            tables.add(table);
            fields.put(spec.name(), table.field());
        }
        List<PolicyView> policies = iam ? policies(model, design, fields, ids, names) : List.of();
        String stackBase = LogicalIds.unique(io.keysmith.export.StackNames.of(design), new HashSet<>());
        String stackClass = stackBase + "Stack";
        String description = "DynamoDB tables designed by Keysmith" + (modelName.isEmpty() ? "" : " for " + modelName);
        return new CdkView(stackClass, kebab(stackBase) + "-stack", kebab(stackBase) + "-cdk",
                SourceText.comment(description), ts(CloudFormationText.literal(description)), JsonText.quote(description),
                MarkdownText.text(modelName), String.join(", ", dynamodbImports(specs)), tables,
                Throughput.TARGET_UTILIZATION, CdkVersions.PINNED, policies, names.substituted());
    }

    /** The design's IAM policies ({@link IamPolicies}) on the stack's tables, ARNs from the constructs. */
    private static List<PolicyView> policies(Model model, Design design, Map<String, String> fields, Set<String> ids,
            CdkNames names) {
        List<PolicyView> out = new ArrayList<>();
        for (IamPolicy policy : IamPolicies.of(model, design)) {
            List<StatementView> statements = new ArrayList<>();
            for (IamPolicy.Statement s : policy.statements()) {
                String arn = "this." + fields.get(s.table()) + ".tableArn";
                statements.add(new StatementView(ts(s.sid()), literals(s.actions()),
                        s.index() == null ? arn : arn + " + \"/index/\" + " + names.of(s.index()), s.scoped(),
                        literals(s.leadingKeys())));
            }
            String id = LogicalIds.unique(policy.role() + "-policy", ids);
            out.add(new PolicyView(id, Character.toLowerCase(id.charAt(0)) + id.substring(1), names.of(policy.description()),
                    statements));
        }
        return out;
    }

    private static String literals(List<String> values) {
        return String.join(", ", values.stream().map(CdkExporter::ts).toList());
    }

    private static String names(List<String> values, CdkNames names) {
        return String.join(", ", values.stream().map(names::of).toList());
    }

    private static TableView table(TableSpec spec, String id, String modelName, CdkNames names) {
        List<IndexView> gsis = spec.globalIndexes().stream().map(i -> index(i, true, spec.provisioned(), names)).toList();
        List<IndexView> lsis = spec.localIndexes().stream().map(i -> index(i, false, false, names)).toList();
        List<Tag> tags = List.of(
                new Tag(ts("keysmith:model"), ts(TableSpec.tagValue(modelName.isEmpty() ? "unnamed" : modelName))),
                new Tag(ts("managed-by"), ts("keysmith")));
        String field = Character.toLowerCase(id.charAt(0)) + id.substring(1) + "Table";
        return new TableView(id, field, names.of(spec.name()), SourceText.comment(spec.name()), MarkdownText.code(spec.name()),
                key(spec.partitionKey(), names), key(spec.sortKey(), names),
                capacity(spec.provisioned(), spec.readCapacity(), spec.writeCapacity()), gsis, lsis,
                spec.ttlAttribute() == null ? null : names.of(spec.ttlAttribute()), spec.streams(), tags);
    }

    private static IndexView index(TableSpec.IndexSpec index, boolean global, boolean provisioned, CdkNames names) {
        String nonKey = names(index.nonKeyAttributes(), names);
        return new IndexView(names.of(index.name()), global ? key(index.partitionKey(), names) : null, key(index.sortKey(), names),
                index.projectionType(), nonKey.isEmpty() ? null : nonKey,
                capacity(provisioned, index.readCapacity(), index.writeCapacity()));
    }

    /** Autoscaled reads and writes from the designed units, or null on demand. */
    private static Capacity capacity(boolean provisioned, long read, long write) {
        return provisioned ? new Capacity(autoscaled(read), autoscaled(write)) : null;
    }

    private static Autoscaled autoscaled(long designed) {
        return new Autoscaled(designed, Throughput.maxCapacity(designed), Throughput.TARGET_UTILIZATION);
    }

    private static Key key(KeyAttribute attribute, CdkNames names) {
        if (attribute == null) {
            return null;
        }
        String type = switch (attribute.type() == null ? "S" : attribute.type()) {
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            default -> "STRING";
        };
        return new Key(names.of(attribute.name()), type);
    }

    /** The members of {@code aws-cdk-lib/aws-dynamodb} the stack uses, sorted: the app compiles with {@code noUnusedLocals}. */
    private static Set<String> dynamodbImports(List<TableSpec> specs) {
        Set<String> names = new TreeSet<>(List.of("AttributeType", "Billing", "TableV2"));
        for (TableSpec spec : specs) {
            if (spec.provisioned()) {
                names.add("Capacity");
            }
            if (!spec.globalIndexes().isEmpty() || !spec.localIndexes().isEmpty()) {
                names.add("ProjectionType");
            }
            if (spec.streams()) {
                names.add("StreamViewType");
            }
        }
        return names;
    }

    /** {@code OnlineShopV2} gives {@code online-shop-v2}: a file and npm package name. */
    static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String ts(String text) {
        return SourceText.typescript(text);
    }
}
