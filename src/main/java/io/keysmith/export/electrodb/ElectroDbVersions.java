package io.keysmith.export.electrodb;

/**
 * The npm versions an ElectroDB export pins; {@code src/test/electrodb/package.json} pins the same,
 * and the test that runs every sample's export checks that they agree.
 */
public record ElectroDbVersions(String electrodb, String awsSdk, String typescript) {

    public static final ElectroDbVersions PINNED = new ElectroDbVersions("3.9.3", "3.1162.0", "5.9.3");
}
