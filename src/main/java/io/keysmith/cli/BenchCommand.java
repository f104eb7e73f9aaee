package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.design.capacity.CapacityReport;
import io.keysmith.live.LiveException;
import io.keysmith.live.bench.EngineBenchmark;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import io.keysmith.model.PatternType;
import io.keysmith.model.Relationship;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * {@code keysmith bench DIR [--perf]}: designs every model in a folder and compares with the
 * expert design beside it: read patterns served without a Scan, index count and monthly cost.
 * With {@code --perf} it also times the engine per case and on a generated 500-entity model.
 */
final class BenchCommand implements Command {

    /** The generated model {@code --perf} times unless {@code --entities} says otherwise: issue 13's 500 / 2,000. */
    private static final int DEFAULT_ENTITIES = 500;
    private static final int PATTERNS_PER_ENTITY = 4;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "DIR [--perf [--entities N]]  design every model in DIR and compare with *.expert.json beside it;\n"
                + "            --perf also times the engine per case and on a generated model of N entities"
                + " (default 500) with 4 patterns each;\n"
                + "            --engine [--items N] [--threads N] [--rounds N] [--memory-items N] [--against URL]"
                + "  the local engine's speed and memory";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--engine")) {
            return engine(args, out, err);
        }
        boolean perf = args.contains("--perf");
        int entities = DEFAULT_ENTITIES;
        List<String> dirs = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--entities")) {
                    entities = Args.number(Args.value(args, ++i, "--entities"), "--entities", 1);
                } else if (!args.get(i).startsWith("--")) {
                    dirs.add(args.get(i));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("keysmith bench: " + e.getMessage());
            return 1;
        }
        if (dirs.size() != 1) {
            err.println("keysmith bench: give one folder of models, e.g. keysmith bench sample-models");
            return 1;
        }
        Path dir = Path.of(dirs.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("keysmith bench: " + dir + " is not a folder");
            return 1;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expert.json")).sorted().toList();
        } catch (IOException e) {
            err.println("keysmith bench: cannot list " + dir + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "%-32s %9s %7s %10s | %9s %7s %10s%n", "case", "no-scan", "indexes", "$/month",
                "expert", "indexes", "$/month");
        out.println("($/month: on-demand at the model's peak rates, one estimator for both designs)");
        int cases = 0;
        int reads = 0;
        int served = 0;
        int indexes = 0;
        int expertIndexes = 0;
        int notMore = 0;
        int withExpert = 0;
        int status = 0;
        double costs = 0;
        double expertCosts = 0;
        List<Model> models = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            ModelReader.Result result = ModelReader.read(file);
            String name = file.getFileName().toString().replaceAll("(\\.model)?\\.json$", "");
            if (!result.ok()) {
                out.printf(Locale.ROOT, "%-32s invalid model: %s%n", name, result.errors().get(0));
                status = 1;
                continue;
            }
            Model model = result.model();
            Design design = DesignEngine.design(model);
            models.add(model);
            names.add(name);
            int r = (int) model.accessPatterns().stream().filter(AccessPattern::isRead).count();
            int ok = (int) design.accessPatterns().stream().filter(p -> isRead(model, p.id()) && !"Scan".equals(p.operation())).count();
            int idx = design.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size() + t.localSecondaryIndexes().size()).sum();
            double cost = estimate(model, ModelJson.parseTree(ModelJson.write(design)));
            cases++;
            costs += cost;
            reads += r;
            served += ok;
            indexes += idx;
            String expertCols = String.format(Locale.ROOT, "%9s %7s %10s", "-", "-", "-");
            Path expertFile = dir.resolve(name + ".expert.json");
            if (Files.exists(expertFile)) {
                try {
                    JsonNode expert = ModelJson.parseTree(Files.readString(expertFile));
                    int eOk = 0;
                    for (JsonNode p : expert.path("accessPatterns")) {
                        if (isRead(model, p.path("id").asString()) && !"Scan".equals(p.path("operation").asString())) {
                            eOk++;
                        }
                    }
                    int eIdx = 0;
                    for (JsonNode t : expert.path("tables")) {
                        eIdx += t.path("globalSecondaryIndexes").size() + t.path("localSecondaryIndexes").size();
                    }
                    withExpert++;
                    expertIndexes += eIdx;
                    notMore += idx <= eIdx ? 1 : 0;
                    double expertCost = estimate(model, expert);
                    expertCosts += expertCost;
                    expertCols = String.format(Locale.ROOT, "%9s %7d %10.2f", eOk + "/" + r, eIdx, expertCost);
                } catch (IOException | RuntimeException e) {
                    expertCols = "expert file unreadable: " + e.getMessage();
                }
            }
            out.printf(Locale.ROOT, "%-32s %9s %7d %10.2f | %s%n", name, ok + "/" + r, idx, cost, expertCols);
        }
        out.printf(Locale.ROOT, "%-32s %9s %7d %10.2f | %9s %7d %10.2f   indexes <= expert in %d of %d cases%n",
                "TOTAL (" + cases + " cases)", served + "/" + reads, indexes, costs, "", expertIndexes, expertCosts,
                notMore, withExpert);
        if (perf) {
            perf(models, names, entities, out);
        }
        return status;
    }

    /**
     * Monthly on-demand cost of a design at the model's rates, with the engine's capacity model
     * ({@link CapacityReport}) for the engine and the expert alike: expert files carry no units,
     * so both sides are estimated from their keys, plans and the model's figures.
     */
    static double estimate(Model model, JsonNode json) {
        Design design = ModelJson.MAPPER.convertValue(json, Design.class);
        return CapacityReport.of(model, design.tables(), design.accessPatterns()).cost().onDemandMonthly();
    }

    private static boolean isRead(Model model, String id) {
        return model.accessPatterns().stream().anyMatch(p -> p.id().equals(id) && p.isRead());
    }

    /**
     * Times each case after warm-up, and a generated model, against a JSON round trip of the same
     * model. The CPU time of the timing thread is shown beside the wall time: on a busy machine the
     * wall time mostly measures the wait for a core.
     */
    private static void perf(List<Model> models, List<String> names, int entities, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-40s %10s %10s %12s %8s%n", "perf (after warm-up)", "design ms", "cpu ms",
                "baseline cpu", "ratio");
        for (int i = 0; i < models.size(); i++) {
            timeCase(names.get(i), models.get(i), 200, out);
        }
        Model big = generated(entities, PATTERNS_PER_ENTITY);
        timeCase("generated " + entities + " entities/" + entities * PATTERNS_PER_ENTITY + " patterns", big,
                entities > DEFAULT_ENTITIES ? 2 : 3, out);
        out.println("design ms: wall time per design; cpu ms: the designing thread's CPU time;");
        out.println("baseline: serializing and parsing the model JSON once (same run, same JVM), ratio = cpu / baseline cpu");
        out.printf(Locale.ROOT, "load average %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void timeCase(String name, Model model, int rounds, PrintStream out) {
        for (int i = 0; i < Math.max(3, rounds / 4); i++) {
            DesignEngine.design(model);
            baseline(model);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            DesignEngine.design(model);
        }
        double designCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / rounds;
        double designMs = (System.nanoTime() - t0) / 1e6 / rounds;
        long c1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            baseline(model);
        }
        double baseCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e6 / rounds;
        out.printf(Locale.ROOT, "%-40s %10.3f %10.3f %12.3f %8.1f%n", name, designMs, designCpu, baseCpu,
                designCpu / baseCpu);
    }

    private static void baseline(Model model) {
        ModelReader.parse(ModelJson.write(model));
    }

    /** A synthetic model: a tree of entities, each with lookups by id, by parent, by state and by date. */
    static Model generated(int entityCount, int patternsPerEntity) {
        List<Entity> entities = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        List<AccessPattern> patterns = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            String name = "E" + i;
            List<Attribute> attrs = new ArrayList<>();
            attrs.add(new Attribute("id" + i, AttributeType.STRING, true, null, null, null, null, null, null));
            attrs.add(Attribute.of("parentId", AttributeType.STRING));
            attrs.add(new Attribute("status", AttributeType.STRING, null, null, null, null, List.of("OPEN", "DONE"), null, null));
            attrs.add(Attribute.of("createdAt", AttributeType.DATETIME));
            attrs.add(Attribute.of("amount", AttributeType.NUMBER));
            entities.add(new Entity(name, null, attrs, 1000L, 500, null));
            if (i > 0) {
                relationships.add(new Relationship("E" + ((i - 1) / 2), name, Cardinality.ONE_TO_MANY, "parentId"));
            }
            int n = patterns.size();
            patterns.add(read("P" + n, name, List.of(Condition.param("id" + i, Op.EQ)), null));
            patterns.add(read("P" + (n + 1), name, List.of(Condition.param("parentId", Op.EQ),
                    Condition.param("createdAt", Op.BETWEEN)), new OrderBy("createdAt", "desc")));
            patterns.add(read("P" + (n + 2), name, List.of(new Condition("status", Op.EQ, "OPEN"),
                    Condition.param("amount", Op.GT)), new OrderBy("amount", "asc")));
            for (int k = 3; k < patternsPerEntity; k++) {
                patterns.add(new AccessPattern("P" + patterns.size(), "write " + k, PatternType.CREATE, name, null, null,
                        null, null, null, null, null, null, null, null));
            }
        }
        return new Model(Model.FORMAT, "Generated", null, null, entities, relationships, patterns);
    }

    private static AccessPattern read(String id, String entity, List<Condition> where, OrderBy order) {
        return new AccessPattern(id, "read " + id, PatternType.READ, entity, where, null, order, null, null, null, null,
                null, null, null);
    }

    private static int engine(List<String> args, PrintStream out, PrintStream err) {
        EngineBenchmark.Options options;
        try {
            options = EngineBenchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("keysmith bench: " + e.getMessage());
            return 1;
        }
        try {
            return EngineBenchmark.run(options, out);
        } catch (LiveException e) {
            err.println("keysmith bench: " + e.getMessage());
            return 1;
        }
    }
}
