package io.keysmith.export.code;

import static io.keysmith.export.code.NodeDriver.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.export.ExportFixtures;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The generated {@code accessPatterns.ts} run for real: type-checked by tsc and called through its
 * {@code accessPatterns} record against Keysmith's local engine, with the hand-written programs of
 * the lending-library fixture (a uniqueness marker, a sparse index, an index key that moves).
 */
class TypeScriptModuleTests {

    private static LocalEndpoint local;

    @TempDir
    static Path temp;

    private static Path module;
    private static Path design;

    @BeforeAll
    static void exportAndStart() throws IOException {
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        Map<String, String> files = CodeExporterTests.export(ExportFixtures.model("code/library.model.json"),
                ExportFixtures.design("code/library.design.json"));
        module = Files.writeString(temp.resolve("accessPatterns.ts"), files.get("code/accessPatterns.ts"));
        design = Files.writeString(temp.resolve("library.design.json"), ExportFixtures.text("code/library.design.json"));
        local = LocalEndpoint.start(null);
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void theModuleTypeChecksAsStrictTypeScript() throws Exception {
        assertThat(NodeDriver.diagnostics(List.of(module))).isEmpty();
        assertThat(Files.readString(module))
                .contains("export async function getAMemberByEmail(options: Options, params: GetAMemberByEmailParams): Promise<Found[]>")
                .contains("  status: \"ACTIVE\" | \"BLOCKED\";")
                .contains("  tags?: Set<string> | string[];")
                .contains("export const accessPatterns: Record<string, (options: Options, params: Params) => Promise<Found[]>> = {");
    }

    @Test
    void aMemberCreatedThroughTheModuleIsReadBackByIdAndByEmailWithItsOwnTypedAttributes() throws Exception {
        List<JsonNode> out = run(
                call("AP6", member("m1", "ann@example.org", "ACTIVE")),
                call("AP1", Map.of("memberId", "m1")),
                call("AP2", Map.of("email", "ann@example.org")));
        assertThat(out.get(0).get("found")).isEmpty();
        for (JsonNode read : out.subList(1, 3)) {
            assertThat(read.get("found")).hasSize(1);
            JsonNode found = read.get("found").get(0);
            assertThat(found.get("entity").asString()).isEqualTo("Member");
            assertThat(found.get("attributes").propertyNames()).containsExactlyInAnyOrder("memberId", "email", "name", "status",
                    "loans", "tags");
            assertThat(found.get("attributes").get("loans").isNumber()).isTrue();
            assertThat(found.get("attributes").get("loans").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aDuplicateIdATakenEmailAndAMissingMemberAreRefusedAsConditionalCheckFailed() throws Exception {
        List<JsonNode> out = run(
                call("AP6", member("m2", "bo@example.org", "ACTIVE")),
                call("AP6", member("m2", "other@example.org", "ACTIVE")),
                call("AP6", member("m3", "bo@example.org", "ACTIVE")),
                call("AP7", Map.of("memberId", "nobody", "status", "BLOCKED")),
                call("AP9", Map.of("memberId", "nobody")),
                call("AP2", Map.of("email", "other@example.org")));
        assertThat(out.get(0).has("error")).isFalse();
        assertThat(Stream.of(1, 2, 3, 4).map(i -> out.get(i).path("error").asString())).containsOnly("ConditionalCheckFailed");
        assertThat(out.get(5).get("found")).isEmpty();
    }

    @Test
    void blockingAMemberPutsItInTheSparseIndexAndUnblockingTakesItOut() throws Exception {
        List<JsonNode> out = run(
                call("AP6", member("m4", "cy@example.org", "ACTIVE")),
                call("AP7", Map.of("memberId", "m4", "status", "BLOCKED")),
                call("AP3", Map.of()),
                call("AP7", Map.of("memberId", "m4", "status", "ACTIVE")),
                call("AP3", Map.of()),
                call("AP1", Map.of("memberId", "m4")));
        assertThat(ids(out.get(2), "memberId")).containsExactly("m4");
        assertThat(ids(out.get(4), "memberId")).isEmpty();
        assertThat(out.get(5).get("found").get(0).get("attributes").get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void changingTheEmailMovesItsUniquenessMarker() throws Exception {
        List<JsonNode> out = run(
                call("AP6", member("m5", "old@example.org", "ACTIVE")),
                call("AP8", Map.of("memberId", "m5", "email", "new@example.org")),
                call("AP2", Map.of("email", "old@example.org")),
                call("AP2", Map.of("email", "new@example.org")),
                call("AP6", member("m6", "old@example.org", "ACTIVE")),
                call("AP6", member("m7", "new@example.org", "ACTIVE")));
        assertThat(ids(out.get(2), "memberId")).isEmpty();
        assertThat(ids(out.get(3), "memberId")).containsExactly("m5");
        assertThat(out.get(4).has("error")).isFalse();
        assertThat(out.get(5).path("error").asString()).isEqualTo("ConditionalCheckFailed");
    }

    @Test
    void anUpdateOfAnIndexKeyMovesTheLoanToItsNewStateAndTheFilterAppliesToTheReadItems() throws Exception {
        List<JsonNode> out = run(
                call("AP10", loan("l1", "m8", "2025-03-01", "OUT", 2)),
                call("AP10", loan("l2", "m8", "2025-03-02", "OUT", 7)),
                call("AP11", Map.of("loanId", "l1", "state", "LATE")),
                call("AP5", Map.of("state", "OUT", "fee", 0)),
                call("AP5", Map.of("state", "LATE", "fee", 0)),
                call("AP5", Map.of("state", "LATE", "fee", 5)),
                call("AP11", Map.of("loanId", "missing", "state", "LATE")));
        assertThat(ids(out.get(3), "loanId")).containsExactly("l2");
        assertThat(ids(out.get(4), "loanId")).containsExactly("l1");
        assertThat(ids(out.get(5), "loanId")).isEmpty();
        assertThat(out.get(6).path("error").asString()).isEqualTo("ConditionalCheckFailed");
    }

    @Test
    void aLimitedReadFollowsEveryPageAndKeepsThePatternsOrder() throws Exception {
        List<JsonNode> out = run(
                call("AP10", loan("l3", "m9", "2025-01-10", "OUT", 1)),
                call("AP10", loan("l4", "m9", "2025-01-30", "OUT", 1)),
                call("AP10", loan("l5", "m9", "2025-01-20", "OUT", 1)),
                call("AP4", Map.of("memberId", "m9")));
        assertThat(ids(out.get(3), "loanId")).containsExactly("l4", "l5");
    }

    @Test
    void embeddedNotesAreWrittenIntoTheirMembersMapAndReadBackAsTheirOwnEntity() throws Exception {
        List<JsonNode> out = run(
                call("AP6", member("m10", "dee@example.org", "ACTIVE")),
                call("AP13", Map.of("noteId", "n1", "memberId", "m10", "text", "first")),
                call("AP13", Map.of("noteId", "n2", "memberId", "m10", "text", "second")),
                call("AP13", Map.of("noteId", "n1", "memberId", "m10", "text", "again")),
                call("AP13", Map.of("noteId", "n3", "memberId", "nobody", "text", "lost")),
                call("AP12", Map.of("memberId", "m10")));
        assertThat(out.get(3).path("error").asString()).isEqualTo("ConditionalCheckFailed");
        assertThat(out.get(4).path("error").asString()).isEqualTo("ConditionalCheckFailed");
        List<String> found = out.get(5).get("found").valueStream()
                .map(f -> f.get("entity").asString() + ":" + f.get("attributes").toString()).toList();
        assertThat(found.get(0)).startsWith("Member:");
        assertThat(found.subList(1, found.size())).containsExactlyInAnyOrder(
                "Note:{\"noteId\":\"n1\",\"memberId\":\"m10\",\"text\":\"first\"}",
                "Note:{\"noteId\":\"n2\",\"memberId\":\"m10\",\"text\":\"second\"}");
        assertThat(out.get(5).get("found").get(0).get("attributes").has("notes")).isFalse();
    }

    @Test
    void hostileNamesStayInsideStringsAndComments() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String hostile : ExportFixtures.HOSTILE) {
            Model model = ExportFixtures.hostileModel(hostile);
            String source = CodeExporterTests.export(model, ExportFixtures.hostileDesign(hostile)).get("code/accessPatterns.ts");
            assertThat(source).doesNotContain("\u2028").doesNotContain("\u0085").contains(TypeScriptJson.literal(hostile + "1"));
            files.add(Files.writeString(temp.resolve("hostile" + files.size() + ".ts"), source));
        }
        assertThat(NodeDriver.diagnostics(files)).isEmpty();
    }

    private static List<JsonNode> run(Map<String, Object>... calls) throws Exception {
        List<JsonNode> out = NodeDriver.run(module, design, local.endpoint(), List.of(calls));
        assertThat(out).hasSize(calls.length);
        return out;
    }

    private static List<String> ids(JsonNode outcome, String identifier) {
        assertThat(outcome.has("found")).as(outcome.toString()).isTrue();
        return outcome.get("found").valueStream().map(f -> f.get("attributes").get(identifier).asString()).toList();
    }

    private static Map<String, Object> member(String id, String email, String status) {
        return Map.of("memberId", id, "email", email, "name", "Name of " + id, "status", status, "loans", 3,
                "tags", List.of("new"));
    }

    private static Map<String, Object> loan(String id, String memberId, String dueDate, String state, int fee) {
        return Map.of("loanId", id, "memberId", memberId, "dueDate", dueDate, "state", state, "fee", fee);
    }
}
