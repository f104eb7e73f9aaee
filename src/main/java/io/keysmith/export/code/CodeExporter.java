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
 * Writes the generated code: a query snippet per access pattern in Java (AWS SDK v2) and Python (boto3),
 * and the TypeScript module (AWS SDK v3) that runs every pattern's plan ({@link TypeScriptModule}).
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
                        view(title, requests, Languages.JAVA, Identifiers.camel()))),
                new ExportedFile("code/accessPatterns.ts", TypeScriptModule.render(renderer, full, design, title)),
                new ExportedFile("code/access_patterns.py", renderer.render("code/access_patterns.py.mustache",
                        view(title, requests, Languages.PYTHON, Identifiers.snake()))));
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
