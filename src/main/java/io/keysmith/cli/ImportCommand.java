package io.keysmith.cli;

import io.keysmith.imports.ImportFailure;
import io.keysmith.imports.ImportResult;
import io.keysmith.imports.ImportSource;
import io.keysmith.imports.ModelImporter;
import io.keysmith.imports.ModelImporters;
import io.keysmith.imports.QueryFile;
import io.keysmith.imports.Periods;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code keysmith import FILE [-o MODEL.json] [--design DESIGN.json] [--queries FILE]}: a NoSQL
 * Workbench model or an SQL schema (with the application's queries) as a Keysmith model.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE [-o MODEL.json] [--design DESIGN.json] [--queries FILE [--period DURATION]]  read a NoSQL Workbench model"
                + " or SQL DDL (standard output without -o)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        Path designOutput = null;
        Path queries = null;
        String period = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (List.of("-o", "--output", "--design", "--queries", "--period").contains(arg) && i + 1 >= args.size()) {
                err.println("keysmith import: " + arg + " needs " + (arg.equals("--period") ? "a duration" : "a file name"));
                return 1;
            }
            switch (arg) {
                case "-o", "--output" -> output = Path.of(args.get(++i));
                case "--design" -> designOutput = Path.of(args.get(++i));
                case "--queries" -> queries = Path.of(args.get(++i));
                case "--period" -> period = args.get(++i);
                default -> {
                    if (arg.startsWith("-") || input != null) {
                        err.println("keysmith import: unexpected argument " + arg);
                        err.println("usage: keysmith import " + usage());
                        return 1;
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null) {
            err.println("keysmith import: give a NoSQL Workbench model or an SQL schema, e.g. keysmith import schema.sql -o shop.json");
            return 1;
        }
        Duration over = null;
        if (period != null) {
            over = Periods.parse(period).orElse(null);
            if (over == null) {
                err.println("keysmith import: --period " + period + ": give a duration such as 24h, 7d or 30m");
                return 1;
            }
        }
        return importFile(input, queries, over, output, designOutput, out, err);
    }

    private static int importFile(Path input, Path queries, Duration period, Path output, Path designOutput,
            PrintStream out, PrintStream err) {
        Optional<ImportSource> source = read(input, err);
        Optional<ImportSource> queryFile = queries == null ? Optional.empty() : read(queries, err);
        if (source.isEmpty() || (queries != null && queryFile.isEmpty())) {
            return 1;
        }
        Optional<ModelImporter> importer = ModelImporters.forCommandLine(source.get());
        if (importer.isEmpty()) {
            err.println("keysmith import: " + input + ": neither SQL DDL (a .sql file with CREATE TABLE) nor a NoSQL Workbench model (JSON)");
            return 1;
        }
        if (queryFile.isPresent() && !importer.get().takesQueries()) {
            err.println("keysmith import: --queries goes with an SQL schema, not with a " + importer.get().kind());
            return 1;
        }
        ImportResult imported;
        try {
            imported = importer.get().read(source.get(), queryFile.map(q -> new QueryFile(q, period)));
        } catch (ImportFailure e) {
            e.problems().forEach(p -> err.println(located(input, queries, p)));
            err.println("keysmith import: " + input + ": nothing imported, nothing written");
            return 1;
        }
        imported.notes().forEach(n -> err.println(located(input, queries, n)));
        imported.warnings().forEach(w -> err.println(located(input, queries, w)));
        List<Problem> problems = ModelValidator.validate(imported.model());
        problems.forEach(p -> err.println(input + ": imported model: " + p));
        if (problems.stream().anyMatch(Problem::isError)) {
            err.println("keysmith import: " + input + ": the imported model is invalid; nothing written");
            return 1;
        }
        return write(imported, output, designOutput, out, err);
    }

    private static int write(ImportResult imported, Path output, Path designOutput, PrintStream out, PrintStream err) {
        try {
            String json = ModelJson.write(imported.model());
            if (output == null) {
                out.print(json);
            } else {
                Files.writeString(output, json, StandardCharsets.UTF_8);
                long inferred = imported.model().accessPatterns().stream().filter(p -> p.wasInferred()).count();
                out.println("wrote " + output + " (" + imported.model().entities().size() + " entities"
                        + (imported.design() == null ? ", " + imported.model().relationships().size() + " relationships, "
                        + imported.model().accessPatterns().size() + " access patterns, " + inferred + " inferred" : "")
                        + (imported.warnings().isEmpty() ? "" : "; " + imported.warnings().size() + " warnings") + ")");
            }
            if (designOutput != null) {
                if (imported.design() == null) {
                    err.println("keysmith import: an " + imported.kind() + " describes no design; --design ignored (run keysmith design)");
                } else {
                    Files.writeString(designOutput, ModelJson.write(imported.design()), StandardCharsets.UTF_8);
                    out.println("wrote " + designOutput);
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("keysmith import: cannot write: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<ImportSource> read(Path file, PrintStream err) {
        try {
            return Optional.of(new ImportSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("keysmith import: " + file + ": file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("keysmith import: " + file + ": not UTF-8 text");
        } catch (IOException e) {
            err.println("keysmith import: cannot read " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A message naming its file: the SQL importer's already do; the Workbench importer's notes get it here. */
    private static String located(Path input, Path queries, String message) {
        boolean named = message.startsWith(input + ": ") || queries != null && message.startsWith(queries + ": ");
        return named ? message : input + ": note: " + message;
    }
}
