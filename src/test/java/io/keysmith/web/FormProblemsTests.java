package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input in each form of the editor: the message appears in the field that holds it, the
 * change is not saved, and the model file stays as it was and valid.
 */
class FormProblemsTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    private String id;
    private String saved;
    private ModelPage model;

    @BeforeEach
    void openAValidModel() throws IOException {
        id = workspace.importModel("forms.json", Files.readString(Path.of("src/test/resources/web/forms.model.json")));
        saved = diskText();
        model = ModelPage.open(page, baseUrl(), id);
    }

    /** The workspace is shared by every browser test; a long list would hide rows other tests look for. */
    @AfterEach
    void removeTheModel() {
        workspace.delete(id);
    }

    @Test
    void theSettingsTabRefusesANameAnotherModelHas() {
        model.openTab("Settings");
        String taken = workspace.names().get("online-shop");
        model.fill("name", taken);
        assertThat(model.errorMessage("name")).contains("Another model is already named \u201c" + taken + "\u201d");
        assertFileUnchanged();

        model.fill("name", "A name of its own");
        page.waitForCondition(() -> diskText().contains("\"A name of its own\""));
        assertThat(model.isInvalid("name")).isFalse();
    }

    @Test
    void entityFormRefusesAnEmptyNameADuplicateNameAndOffersOnlyNumberAttributesForExpiry() {
        model.select("entities", "Order");
        model.fill("entities[1].name", "");
        assertThat(model.errorMessage("entities[1].name")).contains("Not saved").contains("is missing");
        assertFileUnchanged();

        model.fill("entities[1].name", "Customer");
        assertThat(model.errorMessage("entities[1].name")).contains("\"Customer\" is defined twice");
        assertFileUnchanged();

        // the expiry is picked, so an attribute that is not there or not a number cannot be given
        model.select("entities", "Customer");
        assertThat(model.options("entities[0].ttl")).containsExactly("expiresAt");
        model.choose("entities[0].ttl", "expiresAt");
        page.waitForCondition(() -> model.saveStatus().equals("All changes saved"));
        assertThat(workspace.find(id).orElseThrow().read().model().entities().getFirst().ttl()).isEqualTo("expiresAt");

        model.fill("entities[0].itemSizeBytes", "500000");
        assertThat(model.errorMessage("entities[0].itemSizeBytes")).contains("400 KB");
        assertThat(model.saveStatus()).startsWith("Not saved");
    }

    @Test
    void attributeRowsRefuseAnEmptyNameADuplicateNameAHashAndAWordAmongNumbers() {
        model.fill("entities[0].attributes[1].name", "");
        assertThat(model.errorMessage("entities[0].attributes[1].name")).contains("Not saved");
        assertFileUnchanged();

        model.fill("entities[0].attributes[1].name", "customerId");
        assertThat(model.errorMessage("entities[0].attributes[1].name")).contains("\"customerId\" is defined twice");
        assertFileUnchanged();

        model.fill("entities[0].attributes[2].name", "expires#at");
        assertThat(model.errorMessage("entities[0].attributes[2].name")).contains("'#'");
        assertFileUnchanged();

        model.fill("entities[0].attributes[2].values", "30, soon");
        assertThat(model.errorMessage("entities[0].attributes[2].values")).contains("\"soon\"").contains("number");
        assertFileUnchanged();
    }

    @Test
    void relationshipRowsOfferOnlyTheChildsAttributesAsForeignKeyAndRefuseNoChildren() {
        model.openTab("Relationships");
        assertThat(model.options("relationships[0].foreignKey")).containsExactly("orderId", "customerId", "placedAt", "total");
        model.fill("relationships[0].maxChildren", "0");
        assertThat(model.errorMessage("relationships[0].maxChildren")).contains("must be 1 or more");
        assertFileUnchanged();
    }

    @Test
    void accessPatternFormRefusesTwoRangeConditionsADuplicateIdAndARateThatIsNoPositiveNumber() {
        model.openTab("Access patterns");
        model.choose("accessPatterns[0].where[0].op", "begins_with");
        assertThat(model.errorMessage("accessPatterns[0].where[0].op")).contains("2 range conditions");
        assertFileUnchanged();

        model.fill("accessPatterns[0].id", "AP2");
        assertThat(model.errorMessage("accessPatterns[0].id")).contains("\"AP2\" is used by another access pattern");
        assertFileUnchanged();

        model.fill("accessPatterns[0].rate", "-3");
        assertThat(model.errorMessage("accessPatterns[0].rate")).contains("must be more than 0");
        assertFileUnchanged();

        model.typeInto("accessPatterns[0].rate", "1e");
        assertThat(model.errorMessage("accessPatterns[0].rate")).contains("enter a number");
        assertFileUnchanged();
    }

    private void assertFileUnchanged() {
        assertThat(model.saveStatus()).startsWith("Not saved");
        assertThat(diskText()).isEqualTo(saved);
        assertThat(workspace.find(id).orElseThrow().read().ok()).isTrue();
    }

    private String diskText() {
        return workspace.snapshot(id).orElseThrow().text();
    }
}
