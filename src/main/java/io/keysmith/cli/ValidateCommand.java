package io.keysmith.cli;

import io.keysmith.model.ModelReader;
import io.keysmith.model.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code keysmith validate MODEL...}: reports every problem of each model with its location. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "MODEL...  check model files; every problem is listed with its location";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("keysmith validate: give one or more model files, e.g. keysmith validate sample-models/online-shop.json");
            return 1;
        }
        int status = 0;
        for (String file : args) {
            ModelReader.Result result = ModelReader.read(Path.of(file));
            for (Problem problem : result.problems()) {
                (problem.isError() ? err : out).println(file + ": " + problem);
            }
            if (result.ok()) {
                var model = result.model();
                out.println(file + ": valid (" + model.entities().size() + " entities, "
                        + model.relationships().size() + " relationships, "
                        + model.accessPatterns().size() + " access patterns)");
            } else {
                err.println(file + ": invalid (" + result.errors().size() + " error"
                        + (result.errors().size() == 1 ? "" : "s") + ")");
                status = 1;
            }
        }
        return status;
    }
}
