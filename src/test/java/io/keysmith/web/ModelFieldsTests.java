package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Relationship;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field of the model format can be edited in the browser with a control that fits it, and
 * new things start from sensible defaults: the saved file holds what was entered.
 */
class ModelFieldsTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    private String id;
    private ModelPage model;

    @BeforeEach
    void openTheHotel() throws IOException {
        context.setDefaultTimeout(30_000); // two cores shared by several builds: the editor can be slow to answer
        id = workspace.importModel("hotel.json", Files.readString(Path.of("src/test/resources/web/hotel.model.json")));
        model = ModelPage.open(page, baseUrl(), id);
    }

    /** The workspace is shared by every browser test; a long list would hide rows other tests look for. */
    @AfterEach
    void removeTheModel() {
        workspace.delete(id);
    }

    @Test
    void anEntitysExpectedItemsAndItemSizeAreNumbersWithUnitsAndItsExpiryIsPickedAmongNumberAttributes() {
        model.select("entities", "Reservation");
        model.fill("entities[2].count", "250000");
        model.fill("entities[2].itemSizeBytes", "1200");
        assertThat(model.field("entities[2].count").innerText()).contains("items");
        assertThat(model.field("entities[2].itemSizeBytes").innerText()).contains("bytes");
        assertThat(model.options("entities[2].ttl")).containsExactly("expiresAt");
        model.choose("entities[2].ttl", "expiresAt");

        Entity reservation = saved().entities().get(2);
        assertThat(reservation.count()).isEqualTo(250_000L);
        assertThat(reservation.itemSizeBytes()).isEqualTo(1200);
        assertThat(reservation.ttl()).isEqualTo("expiresAt");
    }

    @Test
    void anAttributeCanBeMadeImmutableOptionalDescribedAndGivenValueWeights() {
        page.getByLabel("More of status").click();
        model.check("entities[0].attributes[2].immutable");
        model.check("entities[0].attributes[2].required");
        model.fill("entities[0].attributes[2].description", "whether the guest may book");
        model.fill("entities[0].attributes[2].weights", "9, 1");

        page.waitForCondition(() -> saved().entities().getFirst().attributes().get(2).description() != null);
        Attribute status = saved().entities().getFirst().attributes().get(2);
        assertThat(status.neverChanges()).isTrue();
        assertThat(status.isOptional()).isTrue();
        assertThat(status.weights()).containsExactly(9.0, 1.0);
        assertThat(status.shares().getFirst()).isEqualTo(0.9);
    }

    @Test
    void aNewEntityIsNamedFirstAndGetsAnIdentifierNamedAfterItWithTheFocusOnIt() {
        model.addEntity("Invoice");

        Entity invoice = saved().entities().get(3);
        assertThat(invoice.name()).isEqualTo("Invoice");
        assertThat(invoice.identifierNames()).containsExactly("invoiceId");
        assertThat(model.listed("entities")).contains("Invoice");
        page.waitForCondition(() -> Boolean.TRUE.equals(model.field("entities[3].attributes[0].name")
                .evaluate("f => f.contains(document.activeElement) || f === document.activeElement")));
    }

    @Test
    void aNewEntitysNameIsRefusedInTheDialogWhenTakenOrInvalid() {
        page.locator("#add-entity").click();
        page.locator("#entity-name input").fill("Guest");
        page.locator("#name-ok").click();
        page.locator("#entity-name[invalid]").waitFor();
        assertThat(page.locator("#entity-name").innerText()).contains("\"Guest\" is defined twice");
        page.locator("#entity-name input").fill("2fast");
        page.locator("#name-ok").click();
        page.waitForCondition(() -> page.locator("#entity-name").innerText().contains("not a valid entity name"));
        assertThat(saved().entities()).hasSize(3);
    }

    @Test
    void theFocusMovesIntoTheNewRowAfterAddAttribute() {
        model.click("add-attribute");
        page.waitForCondition(() -> Boolean.TRUE.equals(model.field("entities[0].attributes[3].name")
                .evaluate("f => f.contains(document.activeElement) || f === document.activeElement")));
        page.keyboard().type("phone");
        page.keyboard().press("Tab");
        model.settle();
        page.waitForCondition(() -> saved().entities().getFirst().hasAttribute("phone"));
    }

    @Test
    void aPatternsReturnsLimitAndConsistencyAreChoicesAndNumbers() {
        model.openTab("Access patterns");
        model.choose("accessPatterns[0].returns", "many");
        model.choose("accessPatterns[0].consistency", "strong");
        model.fill("accessPatterns[0].limit", "25");
        assertThat(model.field("accessPatterns[0].limit").innerText()).contains("items");
        assertThat(model.field("accessPatterns[0].rate").innerText()).contains("requests/s");

        AccessPattern ap1 = saved().accessPatterns().getFirst();
        assertThat(ap1.returns()).isEqualTo("many");
        assertThat(ap1.stronglyConsistent()).isTrue();
        assertThat(ap1.limit()).isEqualTo(25);
    }

    @Test
    void anUpdateSaysWhichAttributesItChangesByPickingThemFromItsEntity() {
        model.openTab("Access patterns");
        model.select("accessPatterns", "Cancel reservation");
        assertThat(model.options("accessPatterns[1].set"))
                .containsExactly("reservationId", "guestRef", "guestId", "status", "expiresAt");
        model.chooseAll("accessPatterns[1].set", "status");

        assertThat(saved().accessPatterns().get(1).set()).containsExactlyInAnyOrder("expiresAt", "status");
    }

    @Test
    void changingAPatternsEntityReplacesTheOldEntitysConditionsWithTheNewEntitysIdentifier() {
        model.openTab("Access patterns");
        model.click("add-access-pattern");
        assertThat(model.field("accessPatterns[2].id").locator("input").inputValue()).isEqualTo("AP3");
        model.choose("accessPatterns[2].entity", "Room");

        ModelReader.Result result = workspace.find(id).orElseThrow().read();
        assertThat(result.problems()).isEmpty();
        AccessPattern ap3 = result.model().accessPatterns().get(2);
        assertThat(ap3.entity()).isEqualTo("Room");
        assertThat(ap3.where()).extracting(c -> c.attribute()).containsExactly("roomId");
        assertThat(model.field("accessPatterns[2].where[0].attribute").innerText()).contains("roomId");
    }

    @Test
    void aForeignKeyIsPickedAmongTheChildsAttributesAndMaxChildrenAndNameAreSaved() {
        model.openTab("Relationships");
        assertThat(model.options("relationships[0].foreignKey"))
                .containsExactly("reservationId", "guestRef", "guestId", "status", "expiresAt");
        model.choose("relationships[0].foreignKey", "guestRef");
        model.fill("relationships[0].maxChildren", "50");
        model.fill("relationships[0].name", "books");

        Relationship books = saved().relationships().getFirst();
        assertThat(books.foreignKey()).containsExactly("guestRef");
        assertThat(books.maxChildren()).isEqualTo(50);
        assertThat(books.name()).isEqualTo("books");
    }

    @Test
    void problemsNameThePatternOrEntityTheyAreAboutInsteadOfAJsonPath() throws IOException {
        String broken = Files.readString(Path.of("src/test/resources/web/hotel.model.json"))
                .replace("\"entity\": \"Reservation\"", "\"entity\": \"Reservaton\"")
                .replace("\"name\": \"Hotel\"", "\"name\": \"Hotel with a typo\"");
        String typo = workspace.importModel("hotel-typo.json", broken);
        try {
            ModelPage.open(page, baseUrl(), typo);
            page.locator("#problems").click();
            String listed = page.locator("#problems .ks-problem-list").innerText();
            assertThat(listed).contains("AP2 Cancel reservation · entity: \"Reservaton\" is not an entity of the model")
                    .doesNotContain("accessPatterns[1]");
        } finally {
            workspace.delete(typo);
        }
    }

    private Model saved() {
        ModelReader.Result result = workspace.find(id).orElseThrow().read();
        assertThat(result.problems()).isEmpty();
        return result.model();
    }
}
