package io.keysmith.design.program;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WriteProgramsTests {

    private static String write(String id, String type, String entity, String rest) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"type\": \"" + type + "\", \"entity\": \"" + entity + "\""
                + rest + "}";
    }

    private static final String ORDER_READS = read("AP1", "Order", eq("orderId")) + ","
            + read("AP2", "Order", eq("customerId"), ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"},"
                    + " \"returns\": \"many\"") + ","
            + read("AP3", "Order", "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}", ", \"returns\": \"many\"");

    private static Stream<ProgramRequest> requests(PatternPlan plan) {
        return plan.program().stream().flatMap(r -> Stream.concat(Stream.of(r), r.parts() == null ? Stream.empty()
                : r.parts().stream()));
    }

    private static ProgramRequest only(PatternPlan plan, Operation op) {
        List<ProgramRequest> found = requests(plan).filter(r -> r.operation() == op).toList();
        assertThat(found).as(plan.id() + " " + op).hasSize(1);
        return found.get(0);
    }

    @Test
    void aCreatePutsTheWholeItemWithItsDerivedKeysAndIsRefusedWhenItExists() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS, ORDER_READS + "," + write("AP4", "create", "Order", "")));
        ProgramRequest put = only(plan(d, "AP4"), Operation.PUT_ITEM);
        ItemRow order = row(d, "Order");
        assertThat(put.item()).extracting(ItemValue::attribute)
                .containsAll(order.keys().keySet())
                .contains("orderId", "customerId", "orderDate", "total", "status");
        assertThat(put.condition()).containsExactly(Check.notExists("PK"));
    }

    @Test
    void anUpdateRewritesEveryIndexKeyBuiltFromWhatItSetsAndSparseKeysCarryTheirCondition() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS, ORDER_READS + ","
                + write("AP4", "update", "Order", ", \"where\": [" + eq("orderId") + "], \"set\": [\"orderDate\", \"status\"]")));
        ItemRow order = row(d, "Order");
        ProgramRequest update = only(plan(d, "AP4"), Operation.UPDATE_ITEM);
        for (Map.Entry<String, String> k : order.keys().entrySet()) {
            List<String> sources = new java.util.ArrayList<>(KeyTemplate.of(k.getValue()).attributes());
            if (order.presentWhen() != null && order.presentWhen().containsKey(k.getKey())) {
                sources.add(order.presentWhen().get(k.getKey()).attribute());
            }
            if (!List.of("PK", "SK").contains(k.getKey()) && (sources.contains("orderDate") || sources.contains("status"))) {
                assertThat(update.update()).as("rewrites " + k.getKey())
                        .anySatisfy(a -> {
                            assertThat(a.attribute()).isEqualTo(k.getKey());
                            assertThat(a.value()).isEqualTo(k.getValue());
                            assertThat(a.when()).isEqualTo(order.presentWhen() == null ? null : order.presentWhen().get(k.getKey()));
                        });
            }
        }
        assertThat(order.presentWhen()).as("status = OPEN makes a sparse key").isNotNull();
        assertThat(update.condition()).contains(Check.exists("PK"));
    }

    @Test
    void changingAUniqueValueMovesItsMarkerInOneTransactionAndLocksTheOldValue() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("email")) + ","
                + write("AP2", "update", "Customer", ", \"where\": [" + eq("customerId") + "], \"set\": [\"email\"]")));
        PatternPlan p = plan(d, "AP2");
        assertThat(p.program().get(0).operation()).isEqualTo(Operation.GET_ITEM);
        assertThat(p.program().get(0).into()).isEqualTo(Scope.CURRENT);
        ProgramRequest tx = p.program().get(1);
        assertThat(tx.operation()).isEqualTo(Operation.TRANSACT_WRITE_ITEMS);
        ProgramRequest release = only(p, Operation.DELETE_ITEM);
        assertThat(release.key()).containsEntry("PK", "CUSTOMER#EMAIL#{email}");
        assertThat(release.keyScope()).isEqualTo(Scope.CURRENT);
        assertThat(release.ifChanged()).containsExactly("email");
        ProgramRequest take = only(p, Operation.PUT_ITEM);
        assertThat(take.condition()).containsExactly(Check.notExists("PK"));
        assertThat(take.item()).extracting(ItemValue::attribute).containsExactly("PK", "SK", "customerId");
        assertThat(only(p, Operation.UPDATE_ITEM).condition()).contains(Check.unchanged("email"));
    }

    @Test
    void aMarkerHoldsOnlyTheIdentifierAndTheReadByValueFollowsIt() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("email"))));
        ItemRow marker = d.tables().get(0).items().stream().filter(ItemRow::isLookup).findFirst().orElseThrow();
        assertThat(marker.attributes()).containsExactly("customerId");
        PatternPlan read = plan(d, "AP1");
        assertThat(read.requests()).hasSize(2);
        assertThat(read.requests().get(0).intermediate()).isTrue();
        assertThat(read.requests().get(1).keyCondition().get("PK").value()).isEqualTo("CUSTOMER#{customerId}");
    }

    @Test
    void aDeleteReadsTheUniqueValuesAndRemovesTheMarkersWithTheItem() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("email")) + ","
                + write("AP2", "delete", "Customer", ", \"where\": [" + eq("customerId") + "]")));
        PatternPlan p = plan(d, "AP2");
        assertThat(p.program().get(0).operation()).isEqualTo(Operation.GET_ITEM);
        ProgramRequest tx = p.program().get(1);
        assertThat(tx.parts()).extracting(ProgramRequest::operation).containsOnly(Operation.DELETE_ITEM).hasSize(2);
        assertThat(tx.parts().get(0).condition()).contains(Check.exists("PK"), Check.unchanged("email"));
    }

    @Test
    void anUpdateOfAnAttributeInTheBaseSortKeyMovesTheItemWhenTheValueChanges() {
        io.keysmith.model.Model m = io.keysmith.design.Designs.model(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                write("AP1", "update", "Order", ", \"where\": [" + eq("orderId") + "], \"set\": [\"orderDate\"]")));
        // a design (hand-made here) whose base sort key holds an attribute an update sets
        io.keysmith.design.Table table = new io.keysmith.design.Table("Shop", io.keysmith.design.KeyAttribute.string("PK"),
                io.keysmith.design.KeyAttribute.string("SK"), List.of(), List.of(), io.keysmith.model.BillingMode.PAY_PER_REQUEST, null,
                List.of(new ItemRow("Order", Map.of("PK", "ORDER#{orderId}", "SK", "ORDER#{orderDate}"), null, null, "item",
                        null)), null, null);
        WritePrograms.Program program = new WritePrograms(m, List.of(table)).of(m.accessPatterns().get(0)).orElseThrow();
        PatternPlan p = new PatternPlan("AP1", "Shop", null, "UpdateItem", null, null, null, null, null, null, null, null, null,
                null, null, null, null).withProgram(program.steps());
        assertThat(p.program().get(0).operation()).as("reads the whole item to put it again").isEqualTo(Operation.QUERY);
        ProgramRequest delete = only(p, Operation.DELETE_ITEM);
        ProgramRequest put = only(p, Operation.PUT_ITEM);
        assertThat(delete.ifChanged()).containsExactly("orderDate");
        assertThat(delete.keyScope()).isEqualTo(Scope.CURRENT);
        assertThat(put.ifChanged()).containsExactly("orderDate");
        assertThat(put.condition()).containsExactly(Check.notExists("PK"));
        assertThat(put.item()).extracting(ItemValue::attribute).contains("PK", "SK", "orderId", "customerId", "total");
        assertThat(requests(p).filter(r -> r.ifUnchanged() != null)).allSatisfy(r ->
                assertThat(r.operation()).isEqualTo(Operation.UPDATE_ITEM));
    }

    @Test
    void anEntityWhoseKeyHoldsMoreThanItsIdentifierGetsAnIdentifierMarkerThatKeepsItUniqueAndFindsIt() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("customerId"), ", \"include\": [\"Customer\"]") + ","
                        + write("AP2", "create", "Order", "") + ","
                        + write("AP3", "delete", "Order", ", \"where\": [" + eq("orderId") + "]")));
        ItemRow marker = d.tables().get(0).items().stream().filter(r -> r.isLookup() && r.entity().equals("Order")).findFirst()
                .orElseThrow();
        assertThat(KeyTemplate.of(marker.keys().get("PK")).attributes()).containsExactly("orderId");
        assertThat(marker.attributes()).contains("orderId", "customerId");
        ProgramRequest take = requests(plan(d, "AP2")).filter(r -> r.operation() == Operation.PUT_ITEM
                && r.item().stream().anyMatch(v -> v.value().equals(marker.keys().get("PK")))).findFirst().orElseThrow();
        assertThat(take.condition()).as("a second Order with the same id is refused").containsExactly(Check.notExists("PK"));
        PatternPlan delete = plan(d, "AP3");
        assertThat(delete.program().get(0).operation()).isEqualTo(Operation.GET_ITEM);
        assertThat(delete.program().get(0).key()).containsEntry("PK", marker.keys().get("PK"));
        assertThat(delete.program().get(1).keyScope()).as("the item's key comes from the marker").isEqualTo(Scope.CURRENT);
        assertThat(delete.program().get(2).parts()).hasSize(2);
        assertThat(d.warnings()).noneMatch(w -> "AP3".equals(w.target()) && w.message().contains("scan"));
    }

    private static final String SIDES = """
            {"name": "Member", "attributes": [
              {"name": "memberId", "type": "string", "identifier": true},
              {"name": "fullName", "type": "string"}]},
            {"name": "Club", "attributes": [
              {"name": "clubId", "type": "string", "identifier": true},
              {"name": "title", "type": "string"}]}""";

    private static final String BARE = "{\"from\": \"Member\", \"to\": \"Club\", \"cardinality\": \"many-to-many\"}";

    private static final String SIDE_PATTERNS = read("AP1", "Member", eq("memberId"), ", \"include\": [\"Club\"]") + ","
            + read("AP2", "Club", eq("clubId"), ", \"include\": [\"Member\"]") + ","
            + write("AP3", "delete", "Member", "") + "," + write("AP4", "delete", "Club", "");

    @Test
    void deletingASideOfAManyToManyWithoutThroughCollectsItsEdgesDeletesThemInBatchesOf25ThenTheItem() {
        Design d = design(model(SIDES, BARE, SIDE_PATTERNS));
        ItemRow edge = row(d, "MemberClub");
        for (String id : List.of("AP3", "AP4")) {
            List<ProgramRequest> program = plan(d, id).program();
            assertThat(program).extracting(ProgramRequest::operation)
                    .containsExactly(Operation.QUERY, Operation.BATCH_WRITE_ITEM, Operation.DELETE_ITEM);
            ProgramRequest collect = program.get(0);
            ProgramRequest batch = program.get(1);
            assertThat(collect.collect()).isNotBlank();
            assertThat(collect.into()).isNull();
            assertThat(batch.forEach()).isEqualTo(collect.collect());
            // DynamoDB takes at most 25 requests a BatchWriteItem call
            assertThat(batch.batchSize()).isEqualTo(25);
            assertThat(batch.parts()).hasSize(1);
            ProgramRequest each = batch.parts().get(0);
            assertThat(each.operation()).isEqualTo(Operation.DELETE_ITEM);
            // the edge's base key as the collected item holds it, whichever index found it
            assertThat(each.key()).isEqualTo(Map.of("PK", "{PK}", "SK", "{SK}"));
            assertThat(each.condition()).isNull();
            // the side's own item goes last, conditional on existing as every delete
            assertThat(program.get(2).forEach()).isNull();
            assertThat(program.get(2).condition()).contains(Check.exists("PK"));
            assertThat(plan(d, id).verdict()).contains("100 items of one transaction");
        }
        ProgramRequest ofMember = plan(d, "AP3").program().get(0);
        assertThat(ofMember.index()).isNull();
        assertThat(ofMember.consistentRead()).isTrue();
        assertThat(ofMember.keyCondition().get("PK").value()).isEqualTo(edge.keys().get("PK"));
        // narrowed to the edges' sort key prefix, so the member's own item in the partition is never collected
        String clubPrefix = edge.keys().get("SK").substring(0, edge.keys().get("SK").indexOf('{'));
        assertThat(ofMember.keyCondition().get("SK").op()).isEqualTo("begins_with");
        assertThat(ofMember.keyCondition().get("SK").value()).isEqualTo(clubPrefix);
        ProgramRequest ofClub = plan(d, "AP4").program().get(0);
        assertThat(ofClub.index()).isEqualTo("GSI1");
        assertThat(ofClub.consistentRead()).isNull();
        assertThat(ofClub.keyCondition().get("GSI1PK").value()).isEqualTo(edge.keys().get("GSI1PK"));
        assertThat(ofClub.purpose()).contains("eventually consistent");
    }

    @Test
    void theEdgesOfADeletedSideAreFoundInTheirOwnTableInTheMultiTableStyle() {
        Design d = design(model(SIDES, BARE, SIDE_PATTERNS), io.keysmith.model.TableStyle.MULTI_TABLE);
        ProgramRequest member = plan(d, "AP3").program().get(2);
        ProgramRequest collect = plan(d, "AP3").program().get(0);
        String edgeTable = d.tables().stream().filter(t -> t.items().stream().anyMatch(r -> r.entity().equals("MemberClub")))
                .findFirst().orElseThrow().name();
        assertThat(collect.table()).isEqualTo(edgeTable);
        assertThat(plan(d, "AP3").program().get(1).parts().get(0).table()).isEqualTo(edgeTable);
        assertThat(member.operation()).isEqualTo(Operation.DELETE_ITEM);
        for (String id : List.of("AP3", "AP4")) {
            ProgramRequest q = plan(d, id).program().get(0);
            assertThat(q.collect()).as(id).isNotNull();
            q.keyCondition().values().forEach(k -> assertThat(KeyTemplate.of(String.valueOf(k.value())).attributes())
                    .as(id + " fills its key from the side's identifier").isSubsetOf(id.equals("AP3") ? List.of("memberId")
                            : List.of("clubId")));
        }
    }

    @Test
    void theProgramTextSaysTheEdgesAreCollectedAndDeletedInBatches() {
        Design d = design(model(SIDES, BARE, SIDE_PATTERNS));
        List<String> lines = ProgramText.lines(plan(d, "AP3").program());
        assertThat(lines.get(0)).startsWith("1. Query ").contains("-> every item, all pages, into list MemberClubEdges");
        assertThat(lines.get(1)).startsWith("2. BatchWriteItem for each item of MemberClubEdges, 25 items a call")
                .contains("unprocessed ones resent");
        assertThat(lines.get(2)).startsWith("   a. DeleteItem ").contains("key PK={PK}, SK={SK}");
        assertThat(lines.get(3)).startsWith("3. DeleteItem ");
    }
}
