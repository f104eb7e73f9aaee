package io.keysmith.export.workbench;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.Model;
import java.util.List;

/** Writes a NoSQL Workbench data model: tables, indexes, one facet per entity, sample items. */
public final class WorkbenchExporter {

    private final TemplateRenderer renderer;

    public WorkbenchExporter(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<ExportedFile> export(Model model, Design design, ExportOptions options) {
        throw new ExportException("workbench export is not available yet");
    }
}
