package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManyToManyAdjacencyRuleTests {

    private static final String SIDES = """
            {"name": "Member", "attributes": [
              {"name": "memberId", "type": "string", "identifier": true},
              {"name": "fullName", "type": "string"}]},
            {"name": "Club", "attributes": [
              {"name": "clubId", "type": "string", "identifier": true},
              {"name": "title", "type": "string"}]}""";

    private static final String MEMBERSHIP = """
            {"name": "Membership", "attributes": [
              {"name": "memberId", "type": "string", "identifier": true},
              {"name": "clubId", "type": "string", "identifier": true},
              {"name": "role", "type": "string"}]}""";

    private static final String BOTH_SIDES = read("AP1", "Member", eq("memberId"), ", \"include\": [\"Club\"]") + ","
            + read("AP2", "Club", eq("clubId"), ", \"include\": [\"Member\"]");

    private static String linked(String through) {
        return "{\"from\": \"Member\", \"to\": \"Club\", \"cardinality\": \"many-to-many\""
                + (through == null ? "" : ", \"through\": \"" + through + "\"") + "}";
    }

    @Test
    void eachSideReadsItsEdgesThenTheOtherSideByTheIdentifiersTheEdgesHold() {
        String json = model(SIDES + "," + MEMBERSHIP, linked("Membership"), BOTH_SIDES);
        Design d = design(json);
        assertThat(step(d, "many-to-many-adjacency").fired()).isTrue();
        for (String id : List.of("AP1", "AP2")) {
            List<PatternPlan> requests = plan(d, id).requests();
            assertThat(requests).extracting(PatternPlan::operation).containsExactly("GetItem", "Query", "BatchGetItem");
            assertThat(requests.get(1).intermediate()).isTrue();
            assertEveryRequestCanBeFilled(parsed(json), d, id);
        }
        assertThat(plan(d, "AP1").requests().get(2).keyCondition().get("PK").value()).isEqualTo("CLUB#{clubId}");
        assertThat(plan(d, "AP2").requests().get(1).index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP2").requests().get(2).keyCondition().get("PK").value()).isEqualTo("MEMBER#{memberId}");
    }

    @Test
    void theThroughEntityIsReadWithASideInOneQueryOfItsItemCollection() {
        // The through entity links to each side by the sides' identifiers (model/ParentLinks), so a
        // side and its edges share a partition and one Query returns both.
        String json = model(SIDES + "," + MEMBERSHIP, linked("Membership"),
                read("AP1", "Member", eq("memberId"), ", \"include\": [\"Membership\"]"));
        Design d = design(json);
        PatternPlan ap1 = plan(d, "AP1");
        assertThat(ap1.requests()).isNull();
        assertThat(ap1.operation()).isEqualTo("Query");
        assertThat(ap1.keyCondition().get("PK").value()).isEqualTo("MEMBER#{memberId}");
        assertThat(row(d, "Membership").keys().get("PK")).isEqualTo("MEMBER#{memberId}");
    }

    @Test
    void withoutAThroughEntityTheImpliedEdgesServeBothSidesAndTheirLinkAndUnlinkPatterns() {
        String json = model(SIDES, linked(null), BOTH_SIDES + ","
                + "{\"id\": \"AP3\", \"name\": \"Close a club\", \"type\": \"delete\", \"entity\": \"Club\"}");
        Design d = design(json);
        Model implied = EdgeEntities.implied(parsed(json));
        for (String id : List.of("AP1", "AP2")) {
            assertThat(plan(d, id).requests()).extracting(PatternPlan::operation)
                    .containsExactly("GetItem", "Query", "BatchGetItem");
            assertEveryRequestCanBeFilled(implied, d, id);
        }
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("many-to-many-without-through"));
        ItemRow edge = row(d, "MemberClub");
        assertThat(edge.keys()).containsEntry("PK", "MEMBER#{memberId}").containsEntry("GSI1PK", "CLUB#{clubId}");
        assertThat(edge.description()).contains("implied");
        PatternPlan link = plan(d, "link-MemberClub");
        assertThat(link.operation()).isEqualTo("PutItem");
        assertThat(link.conditionExpression()).contains("attribute_not_exists");
        assertThat(plan(d, "unlink-MemberClub").operation()).isEqualTo("DeleteItem");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("many-to-many-edges") && w.target().equals("MemberClub"));
        // the delete of a side removes its edges itself, so nothing is left to warn about
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("many-to-many-orphan-edges"));
        assertThat(plan(d, "AP3").program()).extracting(ProgramRequest::operation)
                .containsExactly(Operation.QUERY, Operation.BATCH_WRITE_ITEM, Operation.DELETE_ITEM);
        assertThat(step(d, "many-to-many-adjacency").explanation()).contains("no through entity for MemberClub")
                .contains("Deleting a side deletes its edges first");
    }

    @Test
    void aDeletedSideWhoseEdgesNoReadKeysGetsThemKeyedByItsIdentifierSoItsDeleteFindsThem() {
        // only "clubs of a member" is read: the edges live under the member; closing a club must still find its edges
        String json = model(SIDES, linked(null), read("AP1", "Member", eq("memberId"), ", \"include\": [\"Club\"]") + ","
                + "{\"id\": \"AP3\", \"name\": \"Close a club\", \"type\": \"delete\", \"entity\": \"Club\"}");
        Design d = design(json);
        ItemRow edge = row(d, "MemberClub");
        assertThat(edge.keys()).containsEntry("PK", "MEMBER#{memberId}").containsEntry("GSI1PK", "CLUB#{clubId}");
        ProgramRequest collect = plan(d, "AP3").program().get(0);
        assertThat(collect.operation()).isEqualTo(Operation.QUERY);
        assertThat(collect.index()).isEqualTo("GSI1");
        assertThat(collect.keyCondition().get("GSI1PK").value()).isEqualTo("CLUB#{clubId}");
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("many-to-many-orphan-edges"));
        assertThat(step(d, "many-to-many-adjacency").changes()).anyMatch(c -> c.startsWith("AP3: MemberClub edges in GSI1"));
    }

    @Test
    void aDeleteOfASideOfAUserNamedThroughEntityLeavesThoseItemsAlone() {
        String json = model(SIDES + "," + MEMBERSHIP, linked("Membership"), BOTH_SIDES + ","
                + "{\"id\": \"AP3\", \"name\": \"Close a club\", \"type\": \"delete\", \"entity\": \"Club\"}");
        Design d = design(json);
        assertThat(plan(d, "AP3").program()).noneMatch(r -> r.collect() != null || r.forEach() != null)
                .noneMatch(r -> r.operation() == Operation.QUERY);
    }

    @Test
    void aStronglyConsistentReadOfTheEdgesInAnIndexIsWarned() {
        Design d = design(model(SIDES, linked(null), read("AP1", "Member", eq("memberId"), ", \"include\": [\"Club\"]")
                + "," + read("AP2", "Club", eq("clubId"), ", \"include\": [\"Member\"], \"consistency\": \"strong\"")));
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("many-to-many-eventual") && w.target().equals("AP2"));
    }

    @Test
    void withoutAThroughEntityAndWithSharedIdentifierNamesThePlanSaysTheOtherSideCannotBeRead() {
        String sides = SIDES.replace("memberId", "id").replace("clubId", "id");
        Design d = design(model(sides, linked(null), read("AP1", "Member", eq("id"), ", \"include\": [\"Club\"]")));
        assertThat(plan(d, "AP1").requests()).isNull();
        assertThat(plan(d, "AP1").verdict()).contains("Club cannot be read");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("many-to-many-without-through") && w.target().equals("AP1"));
    }

    @Test
    void aModelWithoutManyToManyLeavesTheRuleUnfired() {
        Design d = design(model(SIDES, "", read("AP1", "Member", eq("memberId"))));
        assertThat(step(d, "many-to-many-adjacency").fired()).isFalse();
    }

    private static Model parsed(String json) {
        return ModelReader.parse(json).model();
    }

    /** Every key placeholder of a request names a parameter or an attribute of an entity read before it. */
    private static void assertEveryRequestCanBeFilled(Model m, Design d, String id) {
        AccessPattern p = m.accessPatterns().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Set<String> known = new HashSet<>(p.whereOrEmpty().stream().map(Condition::attribute).toList());
        for (PatternPlan r : plan(d, id).requests()) {
            Set<String> needed = new HashSet<>();
            r.keyCondition().values().forEach(k -> needed.addAll(KeyTemplate.of(String.valueOf(k.value())).attributes()));
            assertThat(known).as("%s: %s can be filled", id, r.id()).containsAll(needed);
            String entity = r.id().contains(".") ? r.id().substring(r.id().indexOf('.') + 1) : p.entity();
            m.entity(entity).orElseThrow().attributes().forEach(a -> known.add(a.name()));
        }
    }
}
