package io.keysmith.export.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.TestFolders;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.KeyAttribute;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.export.TableSpec;
import io.keysmith.export.Throughput;
import io.keysmith.export.iam.IamPolicies;
import io.keysmith.export.iam.IamPolicy;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.node.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The CDK export as its users run it: every sample model's app (every benchmark model's too when
 * {@code ../shared} is beside the project; and the small shop's, with an LSI, an INCLUDE
 * projection, TTL and streams, on demand, provisioned and with hostile names)
 * type-checks with {@code tsc} against the pinned aws-cdk-lib and synthesizes a template whose
 * tables have exactly the design's keys, indexes and capacity, and that cfn-lint accepts when it is
 * installed. Needs {@code node} and {@code npm}.
 */
class CdkSynthTests {

    private static final Path PACKAGES = Path.of("src/test/cdk");
    private static final Path WORK = Path.of("target/cdk-synth");
    private static final long TIMEOUT_SECONDS = 900;

    /** A design exported as one app, in {@code WORK/name/cdk}. */
    record App(String name, Model model, Design design, boolean iam) {

        App(String name, Model model, Design design) {
            this(name, model, design, false);
        }

        Path folder() {
            return WORK.resolve(name).resolve("cdk");
        }
    }

    private static final List<App> APPS = new ArrayList<>();

    /** CloudFormation's own substitutions in a name: deployed literally only through Fn::Sub with "${!". */
    private static final String SUBSTITUTION = "${AWS::Region}-${AWS::StackName}-${!x}";

    @BeforeAll
    static void exportCompileAndSynthesizeEveryApp() throws IOException, InterruptedException {
        assumeTrue(NodeTools.executable("node").isPresent() && NodeTools.executable("npm").isPresent(),
                "node and npm are not on PATH: the CDK apps cannot be compiled and synthesized here");
        NodeTools.installIfMissing(PACKAGES, "node_modules/aws-cdk-lib/package.json");
        APPS.addAll(apps());
        TestFolders.deleteRecursively(WORK);
        Path modules = PACKAGES.resolve("node_modules").toAbsolutePath();
        List<String> folders = new ArrayList<>();
        for (App app : APPS) {
            for (ExportedFile file : Exporters.export(app.model(), app.design(), Format.CDK,
                    ExportOptions.DEFAULT.withIam(app.iam()))) {
                Path target = WORK.resolve(app.name()).resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content());
            }
            Files.createSymbolicLink(app.folder().resolve("node_modules"), modules);
            folders.add(app.folder().toAbsolutePath().toString());
        }
        String node = NodeTools.executable("node").orElseThrow().toString();
        List<String> tsc = new ArrayList<>(List.of(node, modules.resolve("typescript/bin/tsc").toString(), "-b"));
        tsc.addAll(folders);
        NodeTools.run(WORK, Map.of(), TIMEOUT_SECONDS, tsc.toArray(String[]::new));
        List<String> synth = new ArrayList<>(List.of(node, PACKAGES.resolve("synth.js").toAbsolutePath().toString()));
        synth.addAll(folders);
        NodeTools.run(WORK, Map.of(), TIMEOUT_SECONDS, synth.toArray(String[]::new));
    }

    private static List<App> apps() throws IOException {
        List<App> apps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ModelReader.Result read = ModelReader.parse(Files.readString(file));
                assertThat(read.ok()).as(file + ": " + read.problems()).isTrue();
                String name = file.getFileName().toString().replace(".json", "");
                apps.add(new App(name, read.model(), DesignEngine.design(read.model())));
            }
        }
        // the benchmark's models when the shared folder is beside the project (they are not part of it)
        Path benchmark = Path.of("..", "shared", "benchmark");
        if (Files.isDirectory(benchmark)) {
            try (Stream<Path> files = Files.list(benchmark)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".model.json")).sorted().toList()) {
                    ModelReader.Result read = ModelReader.parse(Files.readString(file));
                    assertThat(read.ok()).as(file + ": " + read.problems()).isTrue();
                    String name = "benchmark-" + file.getFileName().toString().replace(".model.json", "");
                    apps.add(new App(name, read.model(), DesignEngine.design(read.model())));
                }
            }
        }
        Model onlineShop = apps.stream().filter(a -> a.name().equals("online-shop")).findFirst().orElseThrow().model();
        apps.add(new App("online-shop-multi-table", onlineShop, DesignEngine.design(onlineShop, io.keysmith.model.TableStyle.MULTI_TABLE)));
        Model shop = ExportFixtures.model("shop.model.json");
        apps.add(new App("small-shop", shop, ExportFixtures.design("shop.design.json")));
        apps.add(new App("small-shop-provisioned", shop, ExportFixtures.parseDesign(ExportFixtures.text("shop.design.json")
                .replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\""))));
        apps.add(new App("iam", ExportFixtures.model("iam.model.json"), ExportFixtures.design("iam.design.json"), true));
        int n = 0;
        for (String hostile : CdkExporterTests.hostile().toList()) {
            apps.add(new App("hostile-" + n++, ExportFixtures.hostileModel(hostile), ExportFixtures.hostileDesign(hostile)));
        }
        // names cfn-lint reads as substitutions (E1029) when not written as Fn::Sub
        apps.add(new App("hostile-substitution", ExportFixtures.hostileModel(SUBSTITUTION),
                ExportFixtures.hostileDesign(SUBSTITUTION)));
        return apps;
    }

    @Test
    void everyAppSynthesizesOneGlobalTablePerDesignTableWithTheDesignsKeysAndIndexes() throws IOException {
        for (App app : APPS) {
            JsonNode resources = template(app).path("Resources");
            for (var table : app.design().tables()) {
                TableSpec spec = TableSpec.of(table, app.design(), app.model());
                JsonNode synthesized = tableNamed(resources, spec.name());
                assertThat(synthesized).as(app.name() + " " + spec.name()).isNotNull();
                JsonNode properties = synthesized.path("Properties");
                String where = app.name() + " " + spec.name();
                assertThat(keySchema(properties)).as(where).isEqualTo(keys(spec.partitionKey(), spec.sortKey()));
                Map<String, String> definitions = new LinkedHashMap<>();
                properties.path("AttributeDefinitions")
                        .forEach(d -> definitions.put(deployed(d.path("AttributeName")), d.path("AttributeType").asString()));
                Map<String, String> designed = new LinkedHashMap<>();
                spec.attributeDefinitions().forEach(a -> designed.put(a.name(), a.type()));
                assertThat(definitions).as(where).isEqualTo(designed);
                assertThat(indexes(properties.path("GlobalSecondaryIndexes"))).as(where + " GSIs")
                        .isEqualTo(indexes(spec.globalIndexes()));
                assertThat(indexes(properties.path("LocalSecondaryIndexes"))).as(where + " LSIs")
                        .isEqualTo(indexes(spec.localIndexes()));
                assertThat(properties.path("BillingMode").asString()).as(where)
                        .isEqualTo(spec.provisioned() ? "PROVISIONED" : "PAY_PER_REQUEST");
                JsonNode ttl = properties.path("TimeToLiveSpecification").path("AttributeName");
                assertThat(ttl.isMissingNode() ? null : deployed(ttl)).as(where).isEqualTo(spec.ttlAttribute());
                assertThat(properties.path("StreamSpecification").path("StreamViewType").asString(null)).as(where)
                        .isEqualTo(spec.streams() ? "NEW_AND_OLD_IMAGES" : null);
                JsonNode replica = properties.path("Replicas").path(0);
                assertThat(replica.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean())
                        .as(where).isTrue();
                assertThat(replica.path("DeletionProtectionEnabled").asBoolean()).as(where).isTrue();
            }
        }
    }

    @Test
    void provisionedCapacityAutoscalesFromTheDesignedUnitsOfTheTableAndEachGsi() throws IOException {
        List<App> provisioned = APPS.stream().filter(a -> a.design().tables().stream()
                .anyMatch(t -> TableSpec.of(t, a.design(), a.model()).provisioned())).toList();
        assertThat(provisioned).extracting(App::name).contains("iot-readings", "small-shop-provisioned");
        for (App app : provisioned) {
            JsonNode resources = template(app).path("Resources");
            for (var table : app.design().tables()) {
                TableSpec spec = TableSpec.of(table, app.design(), app.model());
                JsonNode properties = tableNamed(resources, spec.name()).path("Properties");
                JsonNode replica = properties.path("Replicas").path(0);
                assertScaled(properties.path("WriteProvisionedThroughputSettings").path("WriteCapacityAutoScalingSettings"),
                        spec.writeCapacity());
                assertScaled(replica.path("ReadProvisionedThroughputSettings").path("ReadCapacityAutoScalingSettings"),
                        spec.readCapacity());
                for (TableSpec.IndexSpec index : spec.globalIndexes()) {
                    assertScaled(byIndexName(properties.path("GlobalSecondaryIndexes"), index.name())
                            .path("WriteProvisionedThroughputSettings").path("WriteCapacityAutoScalingSettings"),
                            index.writeCapacity());
                    assertScaled(byIndexName(replica.path("GlobalSecondaryIndexes"), index.name())
                            .path("ReadProvisionedThroughputSettings").path("ReadCapacityAutoScalingSettings"),
                            index.readCapacity());
                }
            }
        }
    }

    @Test
    void everyTableHasItsNameAndArnAsOutputsAndEveryPolicyItsArn() throws IOException {
        for (App app : APPS) {
            JsonNode outputs = template(app).path("Outputs");
            int policies = app.iam() ? IamPolicies.of(app.model(), app.design()).size() : 0;
            assertThat(outputs.size()).as(app.name()).isEqualTo(policies
                    + app.design().tables().stream().mapToInt(t -> Boolean.TRUE.equals(t.streamEnabled()) ? 3 : 2).sum());
        }
    }

    @Test
    void withIamEveryRolesPolicyAllowsExactlyItsActionsOnTheStacksOwnTablesAndIndexes() throws IOException {
        App app = APPS.stream().filter(App::iam).findFirst().orElseThrow();
        JsonNode resources = template(app).path("Resources");
        List<IamPolicy> policies = IamPolicies.of(app.model(), app.design());
        List<JsonNode> synthesized = new ArrayList<>();
        resources.forEach(r -> {
            if (r.path("Type").asString().equals("AWS::IAM::ManagedPolicy")) {
                synthesized.add(r.path("Properties").path("PolicyDocument").path("Statement"));
            }
        });
        assertThat(synthesized).hasSize(policies.size());
        for (int p = 0; p < policies.size(); p++) {
            List<IamPolicy.Statement> designed = policies.get(p).statements();
            JsonNode statements = synthesized.get(p);
            assertThat(statements.size()).isEqualTo(designed.size());
            for (int i = 0; i < designed.size(); i++) {
                JsonNode statement = statements.get(i);
                List<String> actions = new ArrayList<>();
                JsonNode action = statement.path("Action");
                if (action.isArray()) {
                    action.forEach(a -> actions.add(a.asString()));
                } else {
                    actions.add(action.asString());
                }
                assertThat(actions).containsExactlyInAnyOrderElementsOf(designed.get(i).actions());
                String resource = ModelJson.MAPPER.writeValueAsString(statement.path("Resource"));
                assertThat(resource).contains("Fn::GetAtt");
                assertThat(resource.contains("/index/")).isEqualTo(designed.get(i).index() != null);
                assertThat(statement.has("Condition")).isEqualTo(designed.get(i).scoped());
            }
        }
    }

    @Test
    void cfnLintAcceptsEverySynthesizedTemplate() throws IOException, InterruptedException {
        var cfnLint = NodeTools.executable("cfn-lint");
        assumeTrue(cfnLint.isPresent(), "cfn-lint is not on PATH: the synthesized templates are not linted here");
        List<String> command = new ArrayList<>(List.of(cfnLint.get().toString()));
        for (App app : APPS) {
            try (Stream<Path> files = Files.list(app.folder().resolve("cdk.out"))) {
                files.filter(f -> f.toString().endsWith(".template.json")).forEach(f -> command.add(f.toAbsolutePath().toString()));
            }
        }
        assertThat(command).hasSize(APPS.size() + 1);
        // exits non-zero, with every finding, on any error or warning
        NodeTools.run(WORK, Map.of(), TIMEOUT_SECONDS, command.toArray(String[]::new));
    }

    private static void assertScaled(JsonNode settings, long designed) {
        assertThat(settings.path("MinCapacity").asLong()).isEqualTo(designed);
        assertThat(settings.path("MaxCapacity").asLong()).isEqualTo(Throughput.maxCapacity(designed));
        assertThat(settings.path("TargetTrackingScalingPolicyConfiguration").path("TargetValue").asInt())
                .isEqualTo(Throughput.TARGET_UTILIZATION);
    }

    private static JsonNode template(App app) throws IOException {
        try (Stream<Path> files = Files.list(app.folder().resolve("cdk.out"))) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".template.json")).toList();
            assertThat(templates).as(app.name()).hasSize(1);
            return ModelJson.MAPPER.readTree(Files.readString(templates.get(0)));
        }
    }

    private static JsonNode tableNamed(JsonNode resources, String name) {
        for (JsonNode resource : resources) {
            if (resource.path("Type").asString().equals("AWS::DynamoDB::GlobalTable")
                    && deployed(resource.path("Properties").path("TableName")).equals(name)) {
                return resource;
            }
        }
        return null;
    }

    private static JsonNode byIndexName(JsonNode indexes, String name) {
        for (JsonNode index : indexes) {
            if (deployed(index.path("IndexName")).equals(name)) {
                return index;
            }
        }
        return MissingNode.getInstance();
    }

    /** Index name to "HASH name, RANGE name | projection | non-key attributes", as synthesized. */
    private static Map<String, String> indexes(JsonNode synthesized) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode index : synthesized) {
            List<String> nonKey = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(a -> nonKey.add(deployed(a)));
            nonKey.sort(Comparator.naturalOrder());
            out.put(deployed(index.path("IndexName")), keySchema(index) + " | "
                    + index.path("Projection").path("ProjectionType").asString() + " | " + nonKey);
        }
        return out;
    }

    /** The same for the design's indexes; a local index has the table's partition key. */
    private static Map<String, String> indexes(List<TableSpec.IndexSpec> designed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TableSpec.IndexSpec index : designed) {
            out.put(index.name(), keys(index.partitionKey(), index.sortKey()) + " | " + index.projectionType() + " | "
                    + index.nonKeyAttributes().stream().sorted(Comparator.naturalOrder()).toList());
        }
        return out;
    }

    private static String keySchema(JsonNode owner) {
        List<String> keys = new ArrayList<>();
        owner.path("KeySchema").forEach(k -> keys.add(k.path("KeyType").asString() + " " + deployed(k.path("AttributeName"))));
        return String.join(", ", keys);
    }

    /**
     * The text CloudFormation deploys for a string, or for an {@code Fn::Sub} whose variables are all
     * given: each {@code ${name}} replaced by its value, in one pass ({@code ${!} is a literal {@code ${}).
     */
    private static String deployed(JsonNode value) {
        JsonNode sub = value.path("Fn::Sub");
        if (sub.isArray()) {
            JsonNode variables = sub.path(1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(!?)([^}]*)\\}").matcher(sub.path(0).asString());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                if (m.group(1).isEmpty()) {
                    assertThat(variables.has(m.group(2))).as("a variable of " + sub).isTrue();
                }
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1).isEmpty()
                        ? variables.path(m.group(2)).asString() : "${" + m.group(2) + "}"));
            }
            m.appendTail(out);
            return out.toString();
        }
        assertThat(value.isString()).as(value.toString()).isTrue();
        return value.asString();
    }

    private static String keys(KeyAttribute partition, KeyAttribute sort) {
        return "HASH " + partition.name() + (sort == null ? "" : ", RANGE " + sort.name());
    }

}
