package io.keysmith.export.review;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.Model;
import java.util.List;

/** Writes the design review document in Markdown. */
public final class ReviewExporter {

    private final TemplateRenderer renderer;

    public ReviewExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design) {
        throw new ExportException("review export is not available yet");
    }
}
