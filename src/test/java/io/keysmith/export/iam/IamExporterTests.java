package io.keysmith.export.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IamExporterTests {

    private static final String TABLE = "arn:${Partition}:dynamodb:${Region}:${AccountId}:table/Notes";
    private static final String GSI1 = TABLE + "/index/GSI1";

    private final Model model = ExportFixtures.model("iam.model.json");
    private final Design design = ExportFixtures.design("iam.design.json");

    @Test
    void aGetIsGetItemOnTheTable() {
        assertThat(writerStatementsOf("GET")).containsExactly(statement("NotesTable", List.of("dynamodb:GetItem"), TABLE));
    }

    @Test
    void aQueryOnAGsiIsQueryOnTheIndexOnly() {
        assertThat(writerStatementsOf("GSI")).containsExactly(statement("NotesIndexGSI1", List.of("dynamodb:Query"), GSI1));
    }

    @Test
    void aCreateWithAUniquenessTransactionNeedsPutItemNotATransactionAction() {
        assertThat(writerStatementsOf("CREATE")).containsExactly(statement("NotesTable", List.of("dynamodb:PutItem"), TABLE));
    }

    @Test
    void anUpdateIsUpdateItem() {
        assertThat(writerStatementsOf("UPDATE")).containsExactly(statement("NotesTable", List.of("dynamodb:UpdateItem"), TABLE));
    }

    @Test
    void anUpdateOfAUniqueValueAlsoDeletesTheOldLookupItemAndPutsTheNewOne() {
        assertThat(writerStatementsOf("RESLUG")).containsExactly(statement("NotesTable",
                List.of("dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem"), TABLE));
    }

    @Test
    void aDeleteIsDeleteItem() {
        assertThat(writerStatementsOf("DELETE")).containsExactly(statement("NotesTable", List.of("dynamodb:DeleteItem"), TABLE));
    }

    @Test
    void aScanIsScanOnTheTable() {
        assertThat(writerStatementsOf("SCAN")).containsExactly(statement("NotesTable", List.of("dynamodb:Scan"), TABLE));
    }

    @Test
    void aPatternOfSeveralRequestsNeedsEachRequestsActionOnItsOwnResource() {
        assertThat(writerStatementsOf("WITHAUTHORS")).containsExactly(
                statement("NotesTable", List.of("dynamodb:BatchGetItem"), TABLE),
                statement("NotesIndexGSI1", List.of("dynamodb:Query"), GSI1));
    }

    @Test
    void theReaderHasOnlyTheReadPatternsAndTheWriterAll() {
        Map<String, Object> reader = policy(files(design), "iam/reader.json");
        assertThat(statements(reader)).containsExactly(
                statement("NotesTable", List.of("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"), TABLE),
                statement("NotesIndexGSI1", List.of("dynamodb:Query"), GSI1));
        assertThat(statements(policy(files(design), "iam/writer.json")).get(0).get("Action")).isEqualTo(List.of(
                "dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
                "dynamodb:Scan", "dynamodb:UpdateItem"));
        assertThat(reader).containsEntry("Version", "2012-10-17");
    }

    @Test
    void tenantPoliciesHoldOnlyPatternsInTheTenantsPartitionUnderLeadingKeys() {
        Map<String, String> files = files(design);
        assertThat(files).containsOnlyKeys("iam/reader.json", "iam/writer.json", "iam/tenant-reader.json",
                "iam/tenant-writer.json", "iam/README.md");
        Map<String, Object> writer = statements(policy(files, "iam/tenant-writer.json")).get(0);
        // CREATE and RESLUG write a lookup item outside the tenant's partition; GSI queries and the scan are never scoped.
        assertThat(writer.get("Action")).isEqualTo(List.of("dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query",
                "dynamodb:UpdateItem"));
        assertThat(writer.get("Resource")).isEqualTo(List.of(TABLE));
        assertThat(writer.get("Condition")).isEqualTo(Map.of(
                "ForAllValues:StringEquals", Map.of("dynamodb:LeadingKeys", List.of("TENANT#${aws:PrincipalTag/tenantId}")),
                "Null", Map.of("dynamodb:LeadingKeys", "false")));
        assertThat(statements(policy(files, "iam/tenant-reader.json"))).singleElement()
                .satisfies(s -> assertThat(s.get("Action")).isEqualTo(List.of("dynamodb:GetItem", "dynamodb:Query")));
        assertThat(files.get("iam/README.md")).contains("| tenant-writer | `iam/tenant-writer.json` | GET, UPDATE, DELETE, TENANTNOTES |")
                .contains("`Tenant`: tags `tenantId`");
    }

    @Test
    void anEntityThatIsNotARootOrNotNamedLikeATenantScopesNothing() {
        String json = ExportFixtures.text("iam.model.json").replace("\"Tenant\"", "\"Folder\"");
        Model folders = io.keysmith.model.ModelReader.parse(json).model();
        assertThat(Exporters.export(folders, design, Format.IAM, ExportOptions.DEFAULT)).extracting(ExportedFile::path)
                .containsExactly("iam/reader.json", "iam/writer.json", "iam/README.md");
    }

    @Test
    void withoutTheModelATransactionIsJudgedByItsExpressions() {
        Map<String, Object> writer = policy(Exporters.export(null, only("RESLUG"), Format.IAM, ExportOptions.DEFAULT).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content)), "iam/writer.json");
        assertThat(statements(writer).get(0).get("Action"))
                .isEqualTo(List.of("dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem"));
    }

    @Test
    void anOperationWithoutAnIamActionStopsTheExport() {
        Design odd = ExportFixtures.parseDesign(ExportFixtures.text("iam.design.json").replace("\"Scan\"", "\"ExecuteStatement\""));
        assertThatThrownBy(() -> Exporters.export(model, odd, Format.IAM, ExportOptions.DEFAULT))
                .isInstanceOf(ExportException.class).hasMessageContaining("SCAN uses operation ExecuteStatement");
    }

    private List<Map<String, Object>> writerStatementsOf(String id) {
        return statements(policy(files(only(id)), "iam/writer.json"));
    }

    private Design only(String id) {
        return new Design(design.format(), design.model(), design.style(), design.tables(),
                design.accessPatterns().stream().filter(p -> p.id().equals(id)).toList(), null, null, null, null);
    }

    private Map<String, String> files(Design d) {
        return Exporters.export(model, d, Format.IAM, ExportOptions.DEFAULT).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> policy(Map<String, String> files, String path) {
        assertThat(files).containsKey(path);
        return ModelJson.MAPPER.readValue(files.get(path), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> policy) {
        return (List<Map<String, Object>>) policy.get("Statement");
    }

    private static Map<String, Object> statement(String sid, List<String> actions, String resource) {
        return Map.of("Sid", sid, "Effect", "Allow", "Action", actions, "Resource", List.of(resource));
    }
}
