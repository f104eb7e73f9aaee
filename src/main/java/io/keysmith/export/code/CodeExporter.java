package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.Model;
import java.util.List;

/** Writes a query snippet per access pattern in Java, TypeScript and Python. */
public final class CodeExporter {

    private final TemplateRenderer renderer;

    public CodeExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        throw new ExportException("code export is not available yet");
    }
}
