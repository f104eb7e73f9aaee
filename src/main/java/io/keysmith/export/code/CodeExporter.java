package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.ImpliedModel;
import io.keysmith.export.SourceText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.code.CodeView.Snippet;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the access-pattern modules: Java (AWS SDK v2) and Python (boto3) with a typed method per
 * pattern over a runtime that executes the design's plans ({@link JavaModule}, {@link PythonModule}),
 * and TypeScript (AWS SDK v3).
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
        RequestBuilder builder = new RequestBuilder(full, design);
        List<Request> requests = new ArrayList<>();
        for (PatternPlan plan : design.accessPatterns()) {
            requests.addAll(builder.requests(plan));
        }
        String title = SourceText.comment(full.name() == null ? "the design" : full.name());
        return List.of(
                new ExportedFile("code/AccessPatterns.java", renderer.render("code/AccessPatterns.java.mustache",
                        JavaModule.of(full, design, title))),
                new ExportedFile("code/accessPatterns.ts", renderer.render("code/accessPatterns.ts.mustache",
                        view(title, requests, Languages.TYPESCRIPT, Identifiers.camel()))),
                new ExportedFile("code/access_patterns.py", renderer.render("code/access_patterns.py.mustache",
                        PythonModule.of(full, design, title))));
    }

    private static CodeView view(String title, List<Request> requests, Languages language, Identifiers functions) {
        List<Snippet> snippets = requests.stream().map(r -> language.snippet(r, functions.of(
                language == Languages.PYTHON ? r.method().toLowerCase(java.util.Locale.ROOT) : lowerFirst(r.method())))).toList();
        return new CodeView(title, snippets);
    }

    private static String lowerFirst(String id) {
        return id.isEmpty() ? id : id.toLowerCase(java.util.Locale.ROOT);
    }
}
