package io.keysmith.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The export targets, by the name the command line and the web app use. */
public enum Format {
    CLOUDFORMATION("cloudformation", "CloudFormation template (YAML)"),
    CLOUDFORMATION_JSON("cloudformation-json", "CloudFormation template (JSON)"),
    TERRAFORM("terraform", "Terraform module (main.tf, variables.tf, outputs.tf)"),
    CDK("cdk", "AWS CDK app (TypeScript, TableV2)"),
    SEED("seed", "sample items: batch-write-item requests and S3 import files"),
    WORKBENCH("workbench", "NoSQL Workbench data model"),
    REVIEW("review", "design review document (Markdown)"),
    CODE("code", "query code per access pattern (Java, TypeScript, Python)"),
    ELECTRODB("electrodb", "ElectroDB entities, service and a call per access pattern (TypeScript)"),
    IAM("iam", "least-privilege IAM policies per role (reader, writer, tenant-scoped)");

    private final String id;
    private final String title;

    Format(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Format> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
