package io.keysmith.cli;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Problem;
import io.keysmith.model.TableStyle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * {@code keysmith export MODEL --to FORMAT [-o DIR]}: designs the model (or reads a design
 * file) and writes the files of one export format into DIR.
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "MODEL --to FORMAT [-o DIR] [--design DESIGN.json] [--style S] [--seed N] [--count N] [--templates DIR] [--iam]"
                + "  write " + Format.ids() + " files";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ExportArguments a;
        try {
            a = ExportArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("keysmith export: " + e.getMessage());
            err.println("usage: keysmith export " + usage());
            return 1;
        }
        Model model;
        Design design;
        try {
            String text = Files.readString(a.input(), StandardCharsets.UTF_8);
            if (text.contains("\"" + Design.FORMAT + "\"")) {
                model = null;
                design = readDesign(a.input().toString(), text);
            } else {
                model = readModel(a.input(), err);
                if (model == null) {
                    return 1;
                }
                design = a.design() != null
                        ? readDesign(a.design().toString(), Files.readString(a.design(), StandardCharsets.UTF_8))
                        : design(model, a.style());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("keysmith export: " + e.getFile() + ": file not found");
            return 1;
        } catch (IOException e) {
            err.println("keysmith export: cannot read " + e.getMessage());
            return 1;
        } catch (ExportException e) {
            err.println("keysmith export: " + e.getMessage());
            return 1;
        }
        ExportOptions options = new ExportOptions(a.templates(), a.seed(), a.count(), a.iam());
        try {
            List<ExportedFile> files = Exporters.export(model, design, a.format(), options);
            for (ExportedFile file : files) {
                Path target = a.outputDir().resolve(file.path());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                out.println("wrote " + target);
            }
            return 0;
        } catch (ExportException e) {
            err.println("keysmith export: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("keysmith export: cannot write into " + a.outputDir() + ": " + e.getMessage());
            return 1;
        }
    }

    private static Design design(Model model, TableStyle style) {
        return io.keysmith.design.DesignEngine.design(model, style);
    }

    private static Model readModel(Path file, PrintStream err) {
        ModelReader.Result result = ModelReader.read(file);
        if (!result.ok()) {
            for (Problem problem : result.errors()) {
                err.println(file + ": " + problem);
            }
            err.println("keysmith export: " + file + " is not a valid model; fix it first (keysmith validate " + file + ")");
            return null;
        }
        return result.model();
    }

    static Design readDesign(String name, String text) {
        try {
            Design design = ModelJson.MAPPER.readValue(text, Design.class);
            if (!Design.FORMAT.equals(design.format())) {
                throw new ExportException(name + ": not a design document (expected \"format\": \"" + Design.FORMAT + "\")");
            }
            return design;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            var where = e.getLocation();
            throw new ExportException(name + (where == null ? "" : ": line " + where.getLineNr() + ", column "
                    + where.getColumnNr()) + ": cannot read the design: " + (cut > 0 ? message.substring(0, cut) : message));
        }
    }
}
