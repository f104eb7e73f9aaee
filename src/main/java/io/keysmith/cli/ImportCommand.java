package io.keysmith.cli;

import io.keysmith.export.workbench.WorkbenchImport;
import io.keysmith.export.workbench.WorkbenchImportException;
import io.keysmith.export.workbench.WorkbenchImporter;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code keysmith import FILE [-o MODEL.json] [--design DESIGN.json]}: a NoSQL Workbench model as a Keysmith model. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE [-o MODEL.json] [--design DESIGN.json]  read a NoSQL Workbench model (standard output without -o)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        Path designOutput = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("-o") || arg.equals("--output") || arg.equals("--design")) && i + 1 >= args.size()) {
                err.println("keysmith import: " + arg + " needs a file name");
                return 1;
            }
            switch (arg) {
                case "-o", "--output" -> output = Path.of(args.get(++i));
                case "--design" -> designOutput = Path.of(args.get(++i));
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
            err.println("keysmith import: give a NoSQL Workbench model file, e.g. keysmith import shop.json -o shop.keysmith.json");
            return 1;
        }
        WorkbenchImport imported;
        try {
            imported = WorkbenchImporter.readWithDesign(Files.readString(input, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("keysmith import: " + input + ": file not found");
            return 1;
        } catch (IOException e) {
            err.println("keysmith import: cannot read " + input + ": " + e.getMessage());
            return 1;
        } catch (WorkbenchImportException e) {
            err.println("keysmith import: " + input + ": " + e.getMessage());
            return 1;
        }
        for (String note : imported.notes()) {
            err.println(input + ": note: " + note);
        }
        for (Problem problem : ModelValidator.validate(imported.model())) {
            err.println(input + ": imported model: " + problem);
        }
        try {
            String json = ModelJson.write(imported.model());
            if (output == null) {
                out.print(json);
            } else {
                Files.writeString(output, json, StandardCharsets.UTF_8);
                out.println("wrote " + output + " (" + imported.model().entities().size() + " entities)");
            }
            if (designOutput != null) {
                Files.writeString(designOutput, ModelJson.write(imported.design()), StandardCharsets.UTF_8);
                out.println("wrote " + designOutput);
            }
            return 0;
        } catch (IOException e) {
            err.println("keysmith import: cannot write: " + e.getMessage());
            return 1;
        }
    }
}
