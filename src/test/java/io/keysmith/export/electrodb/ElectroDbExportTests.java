package io.keysmith.export.electrodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.TestFolders;
import io.keysmith.data.Instance;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.node.NodeTools;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The ElectroDB export as a team uses it: every sample's entities and usage module type-check
 * with tsc (strict) against the pinned electrodb package, hostile names included; on tables seeded
 * as {@code apply} seeds them, every read pattern's ElectroDB call returns the model's answer
 * ({@link CodeOracle}), and an item ElectroDB creates for each entity has exactly the design's keys.
 * Needs {@code node} and {@code npm}.
 */
class ElectroDbExportTests {

    private static final Path PACKAGES = Path.of("src/test/electrodb");
    private static final Path WORK = Path.of("target/electrodb-export");
    private static final long TIMEOUT_SECONDS = 900;
    private static final Map<String, Model> MODELS = new LinkedHashMap<>();
    private static final Map<String, Design> DESIGNS = new LinkedHashMap<>();

    @BeforeAll
    static void exportAndTypeCheckEverySample() throws Exception {
        assumeTrue(NodeTools.executable("node").isPresent() && NodeTools.executable("npm").isPresent(),
                "node and npm are not on PATH: the ElectroDB exports cannot be type-checked here");
        NodeTools.installIfMissing(PACKAGES, "node_modules/typescript/package.json");
        TestFolders.deleteRecursively(WORK);
        for (String name : SampleModels.names()) {
            Model model = sample(name);
            MODELS.put(name.replace(".json", ""), model);
            DESIGNS.put(name.replace(".json", ""), DesignEngine.design(model));
        }
        for (Path file : benchmarkFiles()) {
            Model model = ModelReader.parse(Files.readString(file)).model();
            String name = "benchmark-" + file.getFileName().toString().replace(".model.json", "");
            MODELS.put(name, model);
            DESIGNS.put(name, DesignEngine.design(model));
        }
        Model names = ModelReader.parse(Files.readString(Path.of("src/test/resources/design/ordering/customer-names.model.json")))
                .model();
        MODELS.put("customer-names", names);
        DESIGNS.put("customer-names", DesignEngine.design(names));
        int n = 0;
        for (String hostile : ExportFixtures.HOSTILE) {
            MODELS.put("hostile-" + n, ExportFixtures.hostileModel(hostile));
            DESIGNS.put("hostile-" + n++, ExportFixtures.hostileDesign(hostile));
        }
        List<String> folders = new ArrayList<>();
        for (String name : MODELS.keySet()) {
            for (ExportedFile file : Exporters.export(MODELS.get(name), DESIGNS.get(name), Format.ELECTRODB, ExportOptions.DEFAULT)) {
                Path target = WORK.resolve(name).resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content());
            }
            Path folder = WORK.resolve(name).resolve("electrodb");
            Files.createSymbolicLink(folder.resolve("node_modules"), PACKAGES.resolve("node_modules").toAbsolutePath());
            folders.add(folder.toAbsolutePath().toString());
        }
        List<String> command = new ArrayList<>(List.of(NodeTools.executable("node").orElseThrow().toString(), "drive.js", "check"));
        command.addAll(folders);
        JsonNode out = ModelJson.MAPPER.readTree(NodeTools.run(PACKAGES, Map.of(), TIMEOUT_SECONDS, command.toArray(String[]::new)));
        assertThat(out.get("diagnostics").valueStream().map(JsonNode::asString).toList()).isEmpty();
    }

    static Stream<String> samples() {
        return SampleModels.names().stream().map(n -> n.replace(".json", ""));
    }

    /** The benchmark's models when the shared folder is next to the project (they are not part of it). */
    static List<Path> benchmarkFiles() throws IOException {
        Path dir = Path.of("..", "shared", "benchmark");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".model.json")).sorted().toList();
        }
    }

    static Stream<String> benchmarks() throws IOException {
        return benchmarkFiles().stream().map(f -> "benchmark-" + f.getFileName().toString().replace(".model.json", ""));
    }

    @ParameterizedTest
    @MethodSource("benchmarks")
    void everyBenchmarkModelsReadPatternAnswersAsTheModelSays(String name) throws Exception {
        everyReadPatternAnswersAsTheModelSaysAndCreatedItemsHaveTheDesignsKeys(name);
    }

    /** Ranges on a free-text name, widened in the key and filtered on the name in an ElectroDB where. */
    @Test
    void rangesOnAFreeTextNameAnswerAsTheModelSays() throws Exception {
        everyReadPatternAnswersAsTheModelSaysAndCreatedItemsHaveTheDesignsKeys("customer-names");
    }

    @Test
    void theExportPinsTheVersionsTheTestFixtureInstalls() throws IOException {
        JsonNode fixture = ModelJson.MAPPER.readTree(Files.readString(PACKAGES.resolve("package.json"))).get("dependencies");
        JsonNode exported = ModelJson.MAPPER.readTree(Files.readString(WORK.resolve("online-shop/electrodb/package.json")));
        assertThat(exported.get("dependencies").get("electrodb").asString()).isEqualTo(fixture.get("electrodb").asString());
        assertThat(exported.get("dependencies").get("@aws-sdk/lib-dynamodb").asString())
                .isEqualTo(fixture.get("@aws-sdk/lib-dynamodb").asString());
        assertThat(exported.get("devDependencies").get("typescript").asString()).isEqualTo(fixture.get("typescript").asString());
    }

    @Test
    void hostileNamesStayInsideStringLiteralsAndComments() throws IOException {
        for (int n = 0; n < ExportFixtures.HOSTILE.size(); n++) {
            String entities = Files.readString(WORK.resolve("hostile-" + n + "/electrodb/src/entities.ts"));
            assertThat(entities).doesNotContain("\u2028").doesNotContain("\u0085")
                    .contains("field: " + io.keysmith.export.SourceText.typescript(ExportFixtures.HOSTILE.get(n) + "1"));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyReadPatternAnswersAsTheModelSaysAndCreatedItemsHaveTheDesignsKeys(String name) throws Exception {
        Model model = MODELS.get(name);
        Design design = DESIGNS.get(name);
        ElectroEntities entities = new ElectroEntities(model, design);
        try (LocalEndpoint local = LocalEndpoint.start(null)) {
            SampleData seeded = CodeOracle.seed(local.endpoint(), model, design, 200);
            CodeOracle oracle = new CodeOracle(model, seeded);
            List<Map<String, Object>> calls = new ArrayList<>();
            List<AccessPattern> asked = new ArrayList<>();
            for (AccessPattern p : model.accessPatterns().stream().filter(AccessPattern::isRead).toList()) {
                for (Map<String, Object> params : oracle.draw(p, 3, 7 + p.id().hashCode())) {
                    calls.add(Map.of("pattern", p.id(), "params", params));
                    asked.add(p);
                }
            }
            List<Map<String, Object>> expectedKeys = new ArrayList<>();
            SampleData fresh = new InstanceGenerator(model).generate(Math.max(40, model.entities().size() * 6), 99);
            for (ElectroEntity e : entities.entities()) {
                if (e.marker() || fresh.of(e.entity()).isEmpty()) {
                    continue;
                }
                Instance i = fresh(model, fresh.of(e.entity()).get(0));
                Map<String, Object> keys = new LinkedHashMap<>();
                e.row().keys().forEach((k, t) -> {
                    boolean present = e.row().presentWhen() == null || !e.row().presentWhen().containsKey(k);
                    if (present) {
                        KeyTemplate.of(t).render(i.attributes()).ifPresent(v -> keys.put(k, v));
                    }
                });
                var table = design.tables().stream().filter(t -> t.name().equals(e.table())).findFirst().orElseThrow();
                Map<String, Object> key = new LinkedHashMap<>();
                key.put(table.partitionKey().name(), keys.get(table.partitionKey().name()));
                if (table.sortKey() != null) {
                    key.put(table.sortKey().name(), keys.get(table.sortKey().name()));
                }
                calls.add(Map.of("create", e.variable(), "item", i.attributes(), "key", key, "table", e.table()));
                expectedKeys.add(keys);
            }
            List<JsonNode> outcomes = run(name, local.endpoint().toString(), calls);
            List<String> failures = new ArrayList<>();
            int answered = 0;
            int notExpressible = 0;
            for (int k = 0; k < asked.size(); k++) {
                AccessPattern p = asked.get(k);
                JsonNode outcome = outcomes.get(k);
                if (outcome.has("error")) {
                    if (outcome.get("message").asString().contains("not expressible")) {
                        notExpressible++;
                        continue;
                    }
                    failures.add(p.id() + " threw " + outcome.get("message").asString());
                    continue;
                }
                List<CodeOracle.Answer> answers = new ArrayList<>();
                for (JsonNode f : outcome.get("found")) {
                    answers.add(new CodeOracle.Answer(f.get("entity").asString(), attributes(model, f)));
                }
                answered += answers.isEmpty() ? 0 : 1;
                PatternPlan plan = design.accessPatterns().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
                String problem = oracle.differences(p, plan.operation(), calls.get(k).get("params") instanceof Map<?, ?> m
                        ? castParams(m) : Map.of(), answers);
                if (problem != null) {
                    failures.add(p.id() + " " + calls.get(k).get("params") + ": " + problem);
                }
            }
            for (int k = 0; k < expectedKeys.size(); k++) {
                JsonNode outcome = outcomes.get(asked.size() + k);
                String what = calls.get(asked.size() + k).get("create").toString();
                if (!outcome.has("item") || outcome.get("item").isNull()) {
                    failures.add("create " + what + ": no item under the design's key (" + outcome + ")");
                    continue;
                }
                for (Map.Entry<String, Object> key : expectedKeys.get(k).entrySet()) {
                    String written = outcome.get("item").path(key.getKey()).asString(null);
                    if (!key.getValue().equals(written)) {
                        failures.add("create " + what + ": " + key.getKey() + " is " + written + ", the design's is " + key.getValue());
                    }
                }
            }
            System.out.println(name + ": " + asked.size() + " reads (" + answered + " with items, " + notExpressible
                    + " not expressible), " + expectedKeys.size() + " creates");
            assertThat(failures).as(name).isEmpty();
            assertThat(answered).as(name + ": reads that returned items").isPositive();
        }
    }

    /** The instance with its string identifiers made new, so that the create cannot meet a seeded item. */
    private static Instance fresh(Model model, Instance i) {
        Map<String, Object> values = new LinkedHashMap<>(i.attributes());
        for (String id : model.entity(i.entity()).orElseThrow().identifierNames()) {
            if (values.get(id) instanceof String s) {
                values.put(id, s + "-electrodb");
            }
        }
        return new Instance(i.entity(), values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castParams(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** The attributes as the model's data holds them: numbers as BigDecimal, like the oracle's instances. */
    private static Map<String, Object> attributes(Model model, JsonNode found) {
        Map<String, Object> out = ModelJson.MAPPER.convertValue(found.get("attributes"), Map.class);
        return out;
    }

    private static List<JsonNode> run(String name, String endpoint, List<Map<String, Object>> calls) throws Exception {
        Path folder = WORK.resolve(name).resolve("electrodb").toAbsolutePath();
        Path file = folder.resolve("calls.json");
        Files.writeString(file, ModelJson.MAPPER.writeValueAsString(calls));
        String out = NodeTools.run(PACKAGES, Map.of(), TIMEOUT_SECONDS, NodeTools.executable("node").orElseThrow().toString(),
                "drive.js", "run", folder.toString(), endpoint, file.toString());
        List<JsonNode> outcomes = ModelJson.MAPPER.readTree(out.substring(out.indexOf("{\"outcomes\""))).get("outcomes")
                .valueStream().toList();
        assertThat(outcomes).hasSize(calls.size());
        return outcomes;
    }

    static Model sample(String name) throws IOException {
        try (InputStream in = SampleModels.open(name)) {
            return ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model();
        }
    }

}
