package io.keysmith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layout honest: the model and the engine are plain Java; only live talks to DynamoDB. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.keysmith");

    @Test
    void modelAndDesignUseNoFrameworks() {
        noClasses().that().resideInAnyPackage("io.keysmith.model..", "io.keysmith.design..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void theLocalEngineIsPlainJavaAndJackson() {
        // a DynamoDB server of its own: it must not lean on a client SDK, nor on the web app's frameworks
        noClasses().that().resideInAnyPackage("io.keysmith.local..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "software.amazon..", "com.amazonaws..",
                        "io.keysmith.live..", "io.keysmith.web..", "io.keysmith.cli..", "io.keysmith.design..",
                        "io.keysmith.model..", "io.keysmith.export..")
                .check(CLASSES);
    }

    @Test
    void onlyLiveUsesTheAwsSdk() {
        noClasses().that().resideOutsideOfPackage("io.keysmith.live..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotDependOnExportersLiveOrWeb() {
        noClasses().that().resideInAnyPackage("io.keysmith.model..", "io.keysmith.design..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.keysmith.export..", "io.keysmith.live..", "io.keysmith.web..", "io.keysmith.cli..")
                .check(CLASSES);
    }
}
