package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey in Chromium: a model built from scratch is designed, explained, exported and
 * verified on Keysmith's local engine; and a sample model is edited and the edit undone.
 */
class JourneyTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void aModelFromScratchEndsAsALiveTableWhereEveryAccessPatternWorks() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).createModel("Bookshop");
        LibraryModel.build(model);
        screenshot("journey-1-editor");

        model.openTab("Design");
        assertThat(model.planIds()).containsExactly("AP1", "AP2", "AP3", "AP4");
        screenshot("journey-2-design");

        model.openTab("Diagram");
        page.locator("#diagram-image").waitFor();
        screenshot("journey-3-diagram");

        model.openTab("Learn");
        String total = model.learnPosition().replaceAll(".* of (\\d+).*", "$1");
        List<String> steps = new ArrayList<>(List.of(model.learnStepText()));
        while (!model.learnPosition().startsWith("Step " + total + " of")) {
            model.learnNext();
            steps.add(model.learnStepText());
        }
        assertThat(steps).hasSize(Integer.parseInt(total)).doesNotHaveDuplicates();
        screenshot("journey-4-learn");

        model.openTab("Export");
        LivePage live = new LivePage(page);
        model.export("CloudFormation template (JSON)");
        JsonNode template = ModelJson.parseTree(live.download("export-download"));
        JsonNode table = template.path("Resources").properties().stream().map(e -> e.getValue())
                .filter(r -> r.path("Type").asString().equals("AWS::DynamoDB::Table")).findFirst().orElseThrow();
        JsonNode hashKey = table.path("Properties").path("KeySchema").get(0);
        assertThat(hashKey.path("KeyType").asString()).isEqualTo("HASH");
        assertThat(model.export("Terraform")).contains("resource \"aws_dynamodb_table\"");
        Map<String, String> terraform = live.downloadZip("export-zip");
        assertThat(terraform).containsKeys("main.tf", "variables.tf");
        assertThat(terraform.get("main.tf")).contains("resource \"aws_dynamodb_table\"", "hash_key");
        screenshot("journey-5-export");

        model.openTab("Live table");
        live.items(2_000);
        live.showPlan();
        assertThat(live.error().isVisible()).isFalse();
        // the live table has the key the exported template declares
        assertThat(live.plan()).contains("Target: Keysmith's local engine", "Table Bookshop: create",
                "key: " + hashKey.path("AttributeName").asString() + " (", "TTL:", "items");
        assertThat(live.canApply()).isTrue();
        live.createAndSeed();
        assertThat(live.error().isVisible()).isFalse();
        assertThat(live.summary()).isEqualTo("4 passed, 0 failed");
        assertThat(live.verdicts()).containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(live.progressValue()).isEqualTo(1.0);
        assertThat(live.seeded()).startsWith("Seeded ");
        page.setViewportSize(1440, 1300); // the result grid sits below the fold of a laptop screen
        screenshot("journey-6-live");

        // the same table again: the plan now reuses it, because its schema matches
        live.showPlan();
        assertThat(live.plan()).contains("Table Bookshop: reuse");

        // a changed model makes the shown plan and results stale
        model.openTab("Model");
        model.openTab("Settings");
        model.fill("name", "Bookshop 2");
        model.openTab("Live table");
        assertThat(live.status()).isEqualTo("The model changed; show the plan again.");
        assertThat(page.locator("#live-results").isVisible()).isFalse();
        live.showPlan();
        assertThat(live.plan()).contains("Table Bookshop2: create");
    }

    /** The most actions the hotel journey may take: a five-entity, nine-pattern model built at a brisk pace. */
    static final int HOTEL_ACTIONS = 110;

    /**
     * A hotel-reservation model (5 entities, 5 relationships, 9 access patterns) built from a new, empty
     * model with the mouse and keyboard only on a wide monitor, counting every action; after each edit the
     * design beside the editor is a new one, and a typed value reaches it while the cursor is still in the field.
     */
    @Test
    void aHotelModelIsBuiltFromNothingInAtMost110ActionsWithTheDesignFollowingEachEdit() throws IOException {
        context.setDefaultTimeout(45_000); // the shared build machine can be slow; every wait is on a condition
        page.setViewportSize(1920, 1080);
        UiActions actions = new UiActions();
        ModelPage model = WorkspacePage.open(page, baseUrl(), actions).createModel("Hotel reservations");
        page.locator("#model-body[data-layout=split]").waitFor();
        HotelJourney journey = new HotelJourney(model);

        journey.entity("Hotel", "name");
        journey.entity("Room", "hotelId", "floor");
        journey.choose("entities[1].attributes[2].type", "number");
        journey.entity("Guest", "email", "fullName");
        journey.edit(() -> model.check("entities[2].attributes[1].unique"));
        journey.entity("Reservation", "hotelId", "roomId", "guestId", "checkInDate", "status");
        journey.choose("entities[3].attributes[4].type", "date");
        journey.entity("Payment", "reservationId", "amount");
        journey.choose("entities[4].attributes[2].type", "number");
        screenshot("journey-hotel-1-entities");

        model.openTab("Relationships");
        for (int i = 0; i < 5; i++) {
            journey.edit(() -> model.click("add-relationship")); // each picks the next parent whose id a child holds
        }
        assertThat(model.field("relationships[4].from").locator("input").inputValue()).isEqualTo("Reservation");
        assertThat(model.field("relationships[4].to").locator("input").inputValue()).isEqualTo("Payment");
        screenshot("journey-hotel-2-relationships");

        model.openTab("Access patterns");
        journey.pattern("Get a hotel");
        journey.pattern("Rooms of a hotel");
        journey.choose("accessPatterns[1].entity", "Room"); // the hotelId condition stays: rooms have one
        assertThat(model.designKeyRow("Room")).contains("HOTEL#{hotelId}"); // rooms now live in their hotel's collection
        journey.pattern("Find a guest by email");
        journey.choose("accessPatterns[2].entity", "Guest");
        journey.choose("accessPatterns[2].where[0].attribute", "email");
        journey.pattern("Reservations of a guest, newest first");
        journey.choose("accessPatterns[3].entity", "Reservation");
        journey.choose("accessPatterns[3].orderBy.attribute", "checkInDate");
        journey.choose("accessPatterns[3].orderBy.direction", "desc");
        journey.pattern("Reservations of a hotel between two dates"); // a reservation's, like the pattern before
        journey.choose("accessPatterns[4].where[0].attribute", "hotelId");
        journey.edit(() -> model.click("add-where"));
        journey.choose("accessPatterns[4].where[1].attribute", "checkInDate");
        journey.choose("accessPatterns[4].where[1].op", "between");
        screenshot("journey-hotel-3-patterns");
        journey.pattern("Make a reservation");
        journey.choose("accessPatterns[5].type", "create"); // a create has no key conditions
        journey.pattern("Cancel a reservation");
        journey.choose("accessPatterns[6].type", "update");
        journey.edit(() -> model.chooseAll("accessPatterns[6].set", "status"));
        journey.pattern("Payments of a reservation");
        journey.choose("accessPatterns[7].entity", "Payment"); // the reservationId condition stays
        journey.pattern("Pay for a reservation");
        journey.choose("accessPatterns[8].type", "create");
        model.settle();
        screenshot("journey-hotel-4-done");

        System.out.printf("Hotel journey: %d UI actions (at most %d), %d new designs seen, %d steps whose error the design showed%n",
                model.actions(), HOTEL_ACTIONS, journey.designsSeen(), journey.errorsShown());
        assertThat(journey.errorsShown()).as("steps that left the model with an error").isLessThanOrEqualTo(1);
        assertThat(model.actions()).isLessThanOrEqualTo(HOTEL_ACTIONS);
        assertThat(model.planNames()).hasSize(9).contains("Reservations of a hotel between two dates", "Pay for a reservation");
        String id = workspace.names().entrySet().stream().filter(e -> e.getValue().equals("Hotel reservations"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        JsonNode built = ModelJson.parseTree(workspace.snapshot(id).orElseThrow().text());
        JsonNode expected = ModelJson.parseTree(Files.readString(Path.of("src/test/resources/web/hotel-reservations.model.json")));
        for (String part : List.of("entities", "relationships", "accessPatterns")) {
            assertThat(built.get(part)).as(part).isEqualTo(expected.get(part));
        }
    }

    @Test
    void anEditToASampleModelChangesTheDesignAndUndoRestoresIt() throws IOException {
        String id = workspace.importModel("shop-to-edit.json", Files.readString(Path.of("sample-models", "online-shop.json")));
        String original = workspace.snapshot(id).orElseThrow().text();
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        screenshot("sample-model");
        model.openTab("Design");
        String costs = page.locator("#design-costs").innerText();

        model.openTab("Model");
        model.openTab("Access patterns");
        model.fill("accessPatterns[0].rate", "150000");
        model.openTab("Design");
        assertThat(page.locator("#design-costs").innerText()).isNotEqualTo(costs);
        assertThat(workspace.snapshot(id).orElseThrow().text()).contains("150000");

        model.undo();
        assertThat(page.locator("#design-costs").innerText()).isEqualTo(costs);
        assertThat(workspace.snapshot(id).orElseThrow().text()).isEqualTo(original);
    }
}
