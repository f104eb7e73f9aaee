package io.keysmith.export.electrodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.TestFolders;
import io.keysmith.data.Instance;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.DesignWrites;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.node.NodeTools;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The ElectroDB export's writes as a team runs them: on two local engines seeded alike, every
 * write pattern's generated ElectroDB call runs on one and the design's own write program on the
 * other, with the same parameters (creates of new items, a second create with the same unique
 * values, updates that move index keys and sparse states, deletes, and writes that must be
 * refused); both must accept or refuse alike, and afterwards every item and uniqueness marker the
 * writes touched has the same keys, table and index keys alike, on both. Needs {@code node}.
 */
class ElectroDbWritesTests {

    private static final Path PACKAGES = Path.of("src/test/electrodb");
    private static final Path WORK = Path.of("target/electrodb-writes");
    private static final long TIMEOUT_SECONDS = 900;

    @BeforeAll
    static void installThePinnedPackages() throws Exception {
        assumeTrue(NodeTools.executable("node").isPresent() && NodeTools.executable("npm").isPresent(),
                "node and npm are not on PATH: the ElectroDB exports cannot be run here");
        NodeTools.installIfMissing(PACKAGES, "node_modules/typescript/package.json");
        TestFolders.deleteRecursively(WORK);
    }

    static Stream<String> samples() {
        return ElectroDbExportTests.samples();
    }

    /** One write call: the pattern, its parameters, whether the model requires a refusal, and the instance before and after. */
    private record Call(AccessPattern pattern, Map<String, Object> params, boolean mustRefuse, Instance before, Instance after) {
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyWritePatternsElectroDbCallLeavesTheKeysTheDesignsProgramLeaves(String name) throws Exception {
        Model model = ElectroDbExportTests.sample(name + ".json");
        Design design = DesignEngine.design(model);
        Path folder = export(name, model, design);
        try (LocalEndpoint electro = LocalEndpoint.start(null); LocalEndpoint programs = LocalEndpoint.start(null)) {
            SampleData seeded = CodeOracle.seed(electro.endpoint(), model, design, 80);
            SampleData same = CodeOracle.seed(programs.endpoint(), model, design, 80);
            assertThat(same.all()).as("both engines hold the same seed").isEqualTo(seeded.all());
            List<Call> calls = calls(model, design, seeded);
            List<Map<String, Object>> script = calls.stream()
                    .map(c -> Map.<String, Object>of("pattern", c.pattern().id(), "params", c.params())).toList();
            List<JsonNode> outcomes = run(folder, electro.endpoint(), script);
            List<String> failures = new ArrayList<>();
            Set<List<String>> touched = new LinkedHashSet<>();
            int compared = 0;
            int refused = 0;
            int uniqueRefused = 0;
            try (DesignWrites designed = new DesignWrites(programs.endpoint(), model, design)) {
                for (int k = 0; k < calls.size(); k++) {
                    Call call = calls.get(k);
                    JsonNode outcome = outcomes.get(k);
                    String what = call.pattern().id() + " " + call.params();
                    if (outcome.has("error") && outcome.get("message").asString().contains("not expressible")) {
                        continue;
                    }
                    if (outcome.has("error") && !"Refused".equals(outcome.get("error").asString())) {
                        failures.add(what + ": ElectroDB threw " + outcome.get("error").asString() + " " + outcome.get("message").asString());
                        continue;
                    }
                    boolean electroDone = !outcome.has("error");
                    boolean designDone = designed.run(call.pattern().id(), call.params());
                    compared++;
                    if (electroDone != designDone) {
                        failures.add(what + ": ElectroDB " + (electroDone ? "wrote" : "refused") + ", the design's program "
                                + (designDone ? "wrote" : "refused"));
                    }
                    if (call.mustRefuse() && electroDone) {
                        failures.add(what + ": ElectroDB wrote what the model refuses");
                    }
                    refused += electroDone ? 0 : 1;
                    if (!electroDone && call.mustRefuse() && call.pattern().type() == io.keysmith.model.PatternType.CREATE) {
                        uniqueRefused++;
                    }
                    touched.addAll(keys(model, design, call.before()));
                    touched.addAll(keys(model, design, call.after()));
                }
            }
            int items = 0;
            try (DynamoDbClient a = client(electro.endpoint()); DynamoDbClient b = client(programs.endpoint())) {
                for (List<String> key : touched) {
                    Table table = design.tables().stream().filter(t -> t.name().equals(key.get(0))).findFirst().orElseThrow();
                    Map<String, String> electroKeys = keyAttributes(a, table, key);
                    Map<String, String> designKeys = keyAttributes(b, table, key);
                    items += designKeys == null ? 0 : 1;
                    if (!Objects.equals(electroKeys, designKeys)) {
                        failures.add(key + ": ElectroDB left " + electroKeys + ", the design's program " + designKeys);
                    }
                }
            }
            System.out.println(name + ": " + compared + " writes compared (" + refused + " refused, " + uniqueRefused
                    + " creates refused for a taken unique value), " + touched.size() + " keys checked, " + items + " items");
            assertThat(failures).as(name).isEmpty();
            boolean writes = model.accessPatterns().stream().anyMatch(p -> !p.isRead());
            if (writes) {
                assertThat(compared).as(name + ": writes compared").isPositive();
                assertThat(items).as(name + ": items compared").isPositive();
            }
            boolean markers = writes(model, "create").stream()
                    .anyMatch(p -> uniquenessMarkers(design, model.entity(p.entity()).orElseThrow()));
            if (markers) {
                assertThat(uniqueRefused).as(name + ": a second create with the same unique value is refused").isPositive();
            }
        }
    }

    /**
     * Creates of new instances (and again with new identifiers but the same unique values), two
     * updates of a created and of a seeded instance, deletes, and an update and a delete of a
     * missing item.
     */
    private static List<Call> calls(Model model, Design design, SampleData seeded) {
        List<Call> calls = new ArrayList<>();
        Map<String, Instance> state = new LinkedHashMap<>();
        List<Instance> created = new ArrayList<>();
        SampleData fresh = new InstanceGenerator(model).generate(Math.max(40, model.entities().size() * 6), 99);
        for (AccessPattern p : writes(model, "create")) {
            List<Instance> candidates = fresh.of(p.entity());
            if (candidates.isEmpty()) {
                continue;
            }
            Entity entity = model.entity(p.entity()).orElseThrow();
            Instance i = renamed(entity, candidates.get(0), "-w" + p.id());
            calls.add(new Call(p, new LinkedHashMap<>(i.attributes()), false, null, i));
            created.add(i);
            state.put(identity(entity, i), i);
            if (uniquenessMarkers(design, entity)) {
                Instance twin = renamed(entity, i, "-twin");
                calls.add(new Call(p, new LinkedHashMap<>(twin.attributes()), true, null, twin));
            }
        }
        int round = 0;
        for (AccessPattern p : writes(model, "update")) {
            Entity entity = model.entity(p.entity()).orElseThrow();
            List<Instance> targets = new ArrayList<>();
            created.stream().filter(i -> i.entity().equals(p.entity())).findFirst().ifPresent(targets::add);
            seeded.of(p.entity()).stream().findFirst().ifPresent(targets::add);
            for (Instance target : targets) {
                for (int r = 0; r < 2; r++) {
                    Instance now = state.getOrDefault(identity(entity, target), target);
                    Map<String, Object> params = identifiers(entity, now);
                    Map<String, Object> after = new LinkedHashMap<>(now.attributes());
                    for (String a : p.setOrEmpty()) {
                        Object v = other(entity.attribute(a).orElse(null), now.get(a), seeded.of(p.entity()), round++);
                        if (v != null) {
                            params.put(a, v);
                            after.put(a, v);
                        }
                    }
                    Instance updated = new Instance(now.entity(), after);
                    calls.add(new Call(p, params, false, now, updated));
                    state.put(identity(entity, target), updated);
                }
            }
            if (!targets.isEmpty()) {
                Map<String, Object> missing = identifiers(entity, renamed(entity, targets.get(0), "-missing"));
                p.setOrEmpty().forEach(a -> missing.put(a, targets.get(0).get(a)));
                calls.add(new Call(p, missing, true, null, null));
            }
        }
        for (AccessPattern p : writes(model, "delete")) {
            Entity entity = model.entity(p.entity()).orElseThrow();
            List<Instance> of = seeded.of(p.entity());
            Instance target = created.stream().filter(i -> i.entity().equals(p.entity())).findFirst()
                    .orElse(of.size() > 1 ? of.get(1) : of.stream().findFirst().orElse(null));
            if (target == null) {
                continue;
            }
            Instance now = state.getOrDefault(identity(entity, target), target);
            calls.add(new Call(p, identifiers(entity, now), false, now, null));
            calls.add(new Call(p, identifiers(entity, now), true, null, null));
        }
        return calls;
    }

    /** Whether the design keeps a lookup item keyed by a unique attribute that is no identifier: a taken value refuses a create. */
    private static boolean uniquenessMarkers(Design design, Entity entity) {
        return design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.isLookup() && r.entity().equals(entity.name()))
                .flatMap(r -> r.keys().values().stream().flatMap(t -> KeyTemplate.of(t).attributes().stream()))
                .anyMatch(a -> !entity.identifierNames().contains(a)
                        && entity.attribute(a).map(x -> Boolean.TRUE.equals(x.unique())).orElse(false));
    }

    private static List<AccessPattern> writes(Model model, String type) {
        return model.accessPatterns().stream().filter(p -> p.type() != null && p.type().json().equals(type)).toList();
    }

    /** The instance with its string identifiers (and unique strings, unless {@code suffix} is "-twin") made new. */
    private static Instance renamed(Entity entity, Instance i, String suffix) {
        Map<String, Object> values = new LinkedHashMap<>(i.attributes());
        for (String id : entity.identifierNames()) {
            if (values.get(id) instanceof String s) {
                values.put(id, s + suffix);
            }
        }
        if (!suffix.equals("-twin")) {
            for (Attribute a : entity.attributes()) {
                if (Boolean.TRUE.equals(a.unique()) && !entity.identifierNames().contains(a.name())
                        && values.get(a.name()) instanceof String s) {
                    values.put(a.name(), s + suffix);
                }
            }
        }
        return new Instance(i.entity(), values);
    }

    /** Another value: the next of an enumeration, a new text for a unique string, else another instance's. */
    private static Object other(Attribute a, Object current, List<Instance> instances, int round) {
        if (a == null) {
            return null;
        }
        if (a.values() != null && !a.values().isEmpty()) {
            int at = a.values().indexOf(current);
            return a.values().get((at + 1 + round % Math.max(1, a.values().size() - 1)) % a.values().size());
        }
        if (Boolean.TRUE.equals(a.unique()) && current instanceof String s) {
            return s + "-moved" + round;
        }
        return instances.stream().map(i -> i.get(a.name())).filter(v -> v != null && !v.equals(current))
                .skip(round % 3).findFirst().orElse(current);
    }

    private static Map<String, Object> identifiers(Entity entity, Instance i) {
        Map<String, Object> out = new LinkedHashMap<>();
        entity.identifierNames().forEach(id -> out.put(id, i.get(id)));
        return out;
    }

    private static String identity(Entity entity, Instance i) {
        return identifiers(entity, i).toString();
    }

    /** The table keys (table, partition, sort) of the instance's item and uniqueness markers, where they render to strings. */
    private static List<List<String>> keys(Model model, Design design, Instance i) {
        List<List<String>> out = new ArrayList<>();
        if (i == null) {
            return out;
        }
        for (Table table : design.tables()) {
            if (!"S".equals(table.partitionKey().type()) || table.sortKey() != null && !"S".equals(table.sortKey().type())) {
                continue;
            }
            for (ItemRow row : table.items()) {
                if (!row.entity().equals(i.entity()) || row.embeddedIn() != null) {
                    continue;
                }
                var pk = KeyTemplate.of(row.keys().getOrDefault(table.partitionKey().name(), "")).render(i.attributes());
                var sk = table.sortKey() == null ? java.util.Optional.of("")
                        : KeyTemplate.of(row.keys().getOrDefault(table.sortKey().name(), "")).render(i.attributes());
                if (pk.isPresent() && sk.isPresent() && !pk.get().isEmpty()) {
                    out.add(List.of(table.name(), pk.get(), sk.get()));
                }
            }
        }
        return out;
    }

    /** The item's table and index key attributes under the key, or null when there is no item. */
    private static Map<String, String> keyAttributes(DynamoDbClient client, Table table, List<String> key) {
        Map<String, AttributeValue> k = new LinkedHashMap<>();
        k.put(table.partitionKey().name(), AttributeValue.fromS(key.get(1)));
        if (table.sortKey() != null) {
            k.put(table.sortKey().name(), AttributeValue.fromS(key.get(2)));
        }
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table.name()).key(k).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (SecondaryIndex gsi : table.globalSecondaryIndexes()) {
            names.add(gsi.partitionKey().name());
            if (gsi.sortKey() != null) {
                names.add(gsi.sortKey().name());
            }
        }
        table.localSecondaryIndexes().forEach(lsi -> names.add(lsi.sortKey().name()));
        Map<String, String> out = new TreeMap<>();
        for (String n : names) {
            AttributeValue v = item.get(n);
            if (v != null) {
                out.put(n, v.s() != null ? v.s() : v.n() != null ? v.n() : v.toString());
            }
        }
        return out;
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    private static Path export(String name, Model model, Design design) throws Exception {
        for (ExportedFile file : Exporters.export(model, design, Format.ELECTRODB, ExportOptions.DEFAULT)) {
            Path target = WORK.resolve(name).resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        Path folder = WORK.resolve(name).resolve("electrodb").toAbsolutePath();
        Files.createSymbolicLink(folder.resolve("node_modules"), PACKAGES.resolve("node_modules").toAbsolutePath());
        JsonNode out = ModelJson.MAPPER.readTree(NodeTools.run(PACKAGES, Map.of(), TIMEOUT_SECONDS,
                NodeTools.executable("node").orElseThrow().toString(), "drive.js", "check", folder.toString()));
        assertThat(out.get("diagnostics").valueStream().map(JsonNode::asString).toList()).isEmpty();
        return folder;
    }

    private static List<JsonNode> run(Path folder, URI endpoint, List<Map<String, Object>> calls) throws Exception {
        Path file = folder.resolve("writes.json");
        Files.writeString(file, ModelJson.MAPPER.writeValueAsString(calls));
        String out = NodeTools.run(PACKAGES, Map.of(), TIMEOUT_SECONDS, NodeTools.executable("node").orElseThrow().toString(),
                "drive.js", "run", folder.toString(), endpoint.toString(), file.toString());
        List<JsonNode> outcomes = ModelJson.MAPPER.readTree(out.substring(out.indexOf("{\"outcomes\""))).get("outcomes")
                .valueStream().toList();
        assertThat(outcomes).hasSize(calls.size());
        return outcomes;
    }
}
