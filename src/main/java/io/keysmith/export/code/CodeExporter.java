package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.ImpliedModel;
import io.keysmith.export.SourceText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.Model;
import java.util.List;

/**
 * Writes the access-pattern modules: Java (AWS SDK v2) and Python (boto3) with a typed method per
 * pattern over a runtime that executes the design's plans ({@link JavaModule}, {@link PythonModule}),
 * and the TypeScript module of the format spec's section 4 ({@link TypeScriptModule}).
 */
public final class CodeExporter {

    private final TemplateRenderer renderer;

    public CodeExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        if (design.tables().isEmpty()) {
            throw new ExportException("cannot export: the design has no tables");
        }
        Model full = ImpliedModel.orImplied(model, design);
        String title = SourceText.comment(full.name() == null ? "the design" : full.name());
        return List.of(
                new ExportedFile("code/AccessPatterns.java", renderer.render("code/AccessPatterns.java.mustache",
                        JavaModule.of(full, design, title))),
                new ExportedFile("code/accessPatterns.ts", TypeScriptModule.render(renderer, full, design, title)),
                new ExportedFile("code/access_patterns.py", renderer.render("code/access_patterns.py.mustache",
                        PythonModule.of(full, design, title))));
    }
}
