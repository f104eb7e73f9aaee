package io.keysmith.export.cdk;

/**
 * The exact npm versions a CDK export pins, so that the app synthesizes the same template
 * everywhere. {@code src/test/cdk/package.json} pins the same ones: the test that synthesizes
 * every sample checks they agree, so a bump here is a bump proven there.
 */
public record CdkVersions(String awsCdkLib, String constructs, String awsCdk, String typescript) {

    /** aws-cdk-lib 2.276.0 has {@code TableV2} with multi-attribute GSI keys; the CLI reads its cloud assemblies. */
    public static final CdkVersions PINNED = new CdkVersions("2.276.0", "10.8.1", "2.1148.1", "5.9.3");
}
