package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.ApplyPlan;
import io.keysmith.live.ApplyService;
import io.keysmith.live.CancelToken;
import io.keysmith.live.LiveException;
import io.keysmith.live.PatternResult;
import io.keysmith.live.SeedResult;
import io.keysmith.live.SeedingBenchmark;
import io.keysmith.live.Target;
import io.keysmith.live.VerifyReport;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.model.TableStyle;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code keysmith apply MODEL ...}: plans, creates and seeds the design's tables on Keysmith's
 * local engine in this process (default), an endpoint or AWS, then optionally verifies every access pattern.
 */
final class ApplyCommand implements Command {

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String usage() {
        return "MODEL [--endpoint URL | --profile P --region R] [--items N] [--threads N] [--verify] [--replace | --empty [--confirm TABLE]]"
                + " [--data DIR] [--style S] [--design FILE] [--bench-seeding [--against URL]]  create, seed and verify the tables";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ApplyArguments a;
        try {
            a = ApplyArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("keysmith apply: " + e.getMessage());
            return 1;
        }
        ModelReader.Result result = ModelReader.read(Path.of(a.model()));
        if (!result.ok()) {
            result.errors().forEach(p -> err.println(a.model() + ": " + p));
            err.println(a.model() + ": invalid model, nothing applied");
            return 1;
        }
        Model model = result.model();
        Design design;
        try {
            design = design(model, a);
        } catch (IllegalArgumentException e) {
            err.println("keysmith apply: " + e.getMessage());
            return 1;
        }
        if (a.benchSeeding()) {
            return SeedingBenchmark.run(model, design, a.items(), a.options().threadsFor(new Target.Embedded(null)), a.against(), out);
        }
        try (ApplyService service = ApplyService.open(a.target())) {
            ApplyPlan plan = service.plan(model, design, a.options());
            out.println("Plan:");
            plan.describe().forEach(line -> out.println("  " + line));
            if (plan.refused()) {
                plan.actions().stream().filter(x -> x.refused())
                        .forEach(x -> err.println("keysmith apply: " + x.reason() + "; nothing changed"));
                return 1;
            }
            AtomicInteger shown = new AtomicInteger();
            SeedResult seed = service.apply(plan, (written, total) -> {
                int tenth = (int) (written * 10 / Math.max(1, total));
                if (tenth > shown.get() && shown.getAndSet(tenth) < tenth) {
                    out.println("  seeded " + written + " / " + total + " items");
                }
            }, new CancelToken(), a.options().threadsFor(a.target()));
            out.printf("Seeded %d items in %.1f s (%.0f items/s, %d retries); the table holds %d items%s%n",
                    seed.written(), seed.millis() / 1000.0, seed.itemsPerSecond(), seed.retries(), seed.counted(),
                    seed.before() == 0 ? "" : " (" + seed.before() + " were there before)");
            if (!seed.complete()) {
                err.println("keysmith apply: the table holds " + seed.counted() + " items, " + seed.written() + " were written");
                return 1;
            }
            if (!a.verify()) {
                return 0;
            }
            out.println("Verify:");
            VerifyReport report = service.verify(plan);
            for (PatternResult r : report.results()) {
                out.println("  " + r.line());
            }
            report.notes().forEach(out::println);
            out.println(report.summary());
            return report.failed() == 0 ? 0 : 1;
        } catch (LiveException e) {
            err.println("keysmith apply: " + e.getMessage());
            return 1;
        }
    }

    private static Design design(Model model, ApplyArguments a) {
        if (a.design() == null) {
            return DesignEngine.design(model, a.style());
        }
        try {
            return ModelJson.MAPPER.readValue(Files.readString(Path.of(a.design())), Design.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the design " + a.design() + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        String text = String.valueOf(s);
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** The parsed command line of apply. */
    record ApplyArguments(String model, String design, TableStyle style, Target target, ApplyOptions options,
            boolean verify, boolean benchSeeding, URI against) {

        int items() {
            return options.items();
        }

        static ApplyArguments parse(List<String> args) {
            String model = null;
            String design = null;
            TableStyle style = null;
            String endpoint = null;
            String profile = null;
            String region = null;
            String data = null;
            String confirm = null;
            boolean verify = false;
            boolean replace = false;
            boolean empty = false;
            boolean bench = false;
            URI against = null;
            ApplyOptions options = ApplyOptions.defaults();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--verify" -> verify = true;
                    case "--replace" -> replace = true;
                    case "--empty" -> empty = true;
                    case "--bench-seeding" -> bench = true;
                    case "--against" -> against = Args.url(Args.value(args, ++i, arg), arg);
                    case "--endpoint" -> endpoint = Args.value(args, ++i, arg);
                    case "--profile" -> profile = Args.value(args, ++i, arg);
                    case "--region" -> region = Args.value(args, ++i, arg);
                    case "--data" -> data = Args.value(args, ++i, arg);
                    case "--confirm" -> confirm = Args.value(args, ++i, arg);
                    case "--style" -> style = Args.style(Args.value(args, ++i, arg), arg);
                    case "--design" -> design = Args.value(args, ++i, arg);
                    case "--items" -> options = options.withItems(Args.number(Args.value(args, ++i, arg), arg, 1));
                    case "--threads" -> options = options.withThreads(Args.number(Args.value(args, ++i, arg), arg, 1));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (model != null) {
                            throw new IllegalArgumentException("give one model file, got also " + arg);
                        }
                        model = arg;
                    }
                }
            }
            if (model == null) {
                throw new IllegalArgumentException("give a model file, e.g. keysmith apply sample-models/online-shop.json --verify");
            }
            if (endpoint != null && (profile != null || region != null)) {
                throw new IllegalArgumentException("use either --endpoint or --profile/--region, not both");
            }
            if (profile != null && region == null) {
                throw new IllegalArgumentException("--profile needs --region too, e.g. --region eu-west-1");
            }
            if (data != null && (endpoint != null || region != null)) {
                throw new IllegalArgumentException("--data is for Keysmith's local engine only (no --endpoint, --profile or --region)");
            }
            Target target;
            if (endpoint != null) {
                target = new Target.Endpoint(Args.url(endpoint, "--endpoint"), "us-east-1");
            } else if (region != null) {
                target = new Target.Aws(profile, region);
            } else {
                target = new Target.Embedded(data == null ? null : Path.of(data));
            }
            if (confirm != null && !replace && !empty) {
                throw new IllegalArgumentException("--confirm goes with --replace or --empty");
            }
            if (against != null && !bench) {
                throw new IllegalArgumentException("--against goes with --bench-seeding");
            }
            return new ApplyArguments(model, design, style, target, options.withReplace(replace, confirm).withEmpty(empty), verify, bench, against);
        }
    }
}
