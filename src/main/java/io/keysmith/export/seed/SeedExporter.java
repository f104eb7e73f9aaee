package io.keysmith.export.seed;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.Model;
import java.util.List;

/** Writes sample items as batch-write-item requests and as DynamoDB JSON lines for import from S3. */
public final class SeedExporter {

    private final TemplateRenderer renderer;

    public SeedExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design, ExportOptions options) {
        throw new ExportException("seed export is not available yet");
    }
}
