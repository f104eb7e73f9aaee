package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.ModelJson;
import io.keysmith.model.TableStyle;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code keysmith design MODEL [--style single-table|multi-table]}: prints the design JSON. */
final class DesignCommand implements Command {

    @Override
    public String name() {
        return "design";
    }

    @Override
    public String usage() {
        return "MODEL [--style single-table|multi-table]  print the engine's design as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        TableStyle style = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--style")) {
                if (i + 1 >= args.size()) {
                    err.println("keysmith design: --style needs a value: single-table or multi-table");
                    return 1;
                }
                String value = args.get(++i);
                style = TableStyle.parse(value).orElse(null);
                if (style == null) {
                    return unknownStyle(value, err);
                }
            } else if (a.startsWith("--style=")) {
                String value = a.substring("--style=".length());
                style = TableStyle.parse(value).orElse(null);
                if (style == null) {
                    return unknownStyle(value, err);
                }
            } else if (a.startsWith("--")) {
                err.println("keysmith design: unknown option " + a);
                return 1;
            } else if (file == null) {
                file = a;
            } else {
                err.println("keysmith design: give one model file, got also " + a);
                return 1;
            }
        }
        if (file == null) {
            err.println("keysmith design: give a model file, e.g. keysmith design sample-models/online-shop.json");
            return 1;
        }
        ModelReader.Result result = ModelReader.read(Path.of(file));
        for (Problem problem : result.problems()) {
            if (problem.isError() || !result.ok()) {
                err.println(file + ": " + problem);
            }
        }
        if (!result.ok()) {
            err.println(file + ": invalid model, no design (" + result.errors().size() + " error"
                    + (result.errors().size() == 1 ? "" : "s") + ")");
            return 1;
        }
        Design design = DesignEngine.design(result.model(), style);
        out.println(ModelJson.write(design));
        return 0;
    }

    private static int unknownStyle(String value, PrintStream err) {
        err.println("keysmith design: unknown style \"" + value + "\"; use " + String.join(" or ", TableStyle.jsonValues()));
        return 1;
    }
}
