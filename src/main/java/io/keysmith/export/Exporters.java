package io.keysmith.export;

import io.keysmith.design.Design;
import io.keysmith.export.cdk.CdkExporter;
import io.keysmith.export.cloudformation.CloudFormationExporter;
import io.keysmith.export.code.CodeExporter;
import io.keysmith.export.electrodb.ElectroDbExporter;
import io.keysmith.export.iam.IamExporter;
import io.keysmith.export.review.ReviewExporter;
import io.keysmith.export.seed.SeedExporter;
import io.keysmith.export.terraform.TerraformExporter;
import io.keysmith.export.workbench.WorkbenchExporter;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import java.util.List;

/**
 * The export entry point for the command line and the web app: files for one format, nothing
 * written. Throws {@link ExportException} with a message for the user when the design cannot be
 * exported (for example a table name DynamoDB forbids).
 */
public final class Exporters {

    private Exporters() {
    }

    /** The model may be null when only a design is at hand; exports then use what the design says. */
    public static List<ExportedFile> export(Model stated, Design design, Format format, ExportOptions options) {
        if (design == null) {
            throw new ExportException("cannot export: no design");
        }
        // The edge entities the design stores for many-to-many relationships without "through".
        Model model = stated == null ? null : EdgeEntities.implied(stated);
        TemplateRenderer renderer = new TemplateRenderer(options.templates());
        return switch (format) {
            case CLOUDFORMATION -> new CloudFormationExporter(renderer).yaml(model, design, options.iam());
            case CLOUDFORMATION_JSON -> new CloudFormationExporter(renderer).json(model, design, options.iam());
            case TERRAFORM -> new TerraformExporter(renderer).export(model, design, options.iam());
            case CDK -> new CdkExporter(renderer).export(model, design, options.iam());
            case SEED -> new SeedExporter(renderer).export(model, design, options);
            case WORKBENCH -> new WorkbenchExporter(renderer).export(model, design, options);
            case REVIEW -> new ReviewExporter(renderer).export(model, design);
            case CODE -> new CodeExporter(renderer).export(model, design);
            case ELECTRODB -> new ElectroDbExporter(renderer).export(model, design);
            case IAM -> new IamExporter(renderer).export(model, design);
        };
    }
}
