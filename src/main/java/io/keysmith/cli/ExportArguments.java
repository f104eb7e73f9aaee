package io.keysmith.cli;

import io.keysmith.export.ExportOptions;
import io.keysmith.export.Format;
import io.keysmith.model.TableStyle;
import java.nio.file.Path;
import java.util.List;

/** The parsed arguments of {@code keysmith export}; parse errors are messages for the user. */
record ExportArguments(Path input, Format format, Path outputDir, Path design, TableStyle style, long seed, int count,
        Path templates, boolean iam) {

    static ExportArguments parse(List<String> args) {
        Path input = null;
        Format format = null;
        Path output = Path.of(".");
        Path design = null;
        TableStyle style = null;
        long seed = 1;
        int count = ExportOptions.DEFAULT_COUNT;
        Path templates = ExportOptions.configuredTemplates();
        boolean iam = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--to", "-t" -> {
                    String id = value(args, ++i, arg);
                    format = Format.parse(id).orElseThrow(() -> new IllegalArgumentException(
                            "unknown format \"" + id + "\"; choose one of " + Format.ids()));
                }
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                case "--design" -> design = Path.of(value(args, ++i, arg));
                case "--style" -> style = Args.style(value(args, ++i, arg), arg);
                case "--seed" -> seed = number(value(args, ++i, arg), arg);
                case "--count" -> {
                    long n = number(value(args, ++i, arg), arg);
                    if (n < 0 || n > 10_000_000) {
                        throw new IllegalArgumentException("--count must be between 0 and 10000000");
                    }
                    count = (int) n;
                }
                case "--templates" -> templates = Path.of(value(args, ++i, arg));
                case "--iam" -> iam = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (input != null) {
                        throw new IllegalArgumentException("give one model file, not \"" + input + "\" and \"" + arg + "\"");
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("give a model file, e.g. keysmith export sample-models/online-shop.json --to terraform");
        }
        if (format == null) {
            throw new IllegalArgumentException("give a format with --to (" + Format.ids() + ")");
        }
        return new ExportArguments(input, format, output, design, style, seed, count, templates, iam);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not \"" + text + "\"");
        }
    }
}
