package io.keysmith.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.DesignState;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.model.ParentLink;
import io.keysmith.model.ParentLinks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine and the seed data link a child to its parent exactly as the model's resolver says,
 * in each case where they used to decide differently.
 */
class ParentLinkAgreementTests {

    private static Model model(String entities, String relationships) {
        ModelReader.Result result = ModelReader.parse("""
                {"format": "keysmith-model/1", "name": "Links", "entities": [%s], "relationships": [%s],
                 "accessPatterns": [{"id": "AP1", "name": "Anything", "type": "create", "entity": "Region"}]}
                """.formatted(entities, relationships));
        assertThat(result.errors()).isEmpty();
        return result.model();
    }

    private static final String REGION = """
            {"name": "Region", "attributes": [
              {"name": "country", "type": "string", "identifier": true},
              {"name": "region", "type": "string", "identifier": true}]}""";

    /** Engine and seed data see the same links as the resolver, attribute for attribute. */
    private static void agree(Model model, String child) {
        List<ParentLink> resolved = ParentLinks.ofChild(model, child);
        List<DesignState.Link> engine = new DesignState(model, io.keysmith.model.TableStyle.SINGLE_TABLE).parentLinks(child);
        List<Link> data = Link.of(model).stream().filter(l -> l.child().equals(child)).toList();
        assertThat(engine).extracting(DesignState.Link::foreignKey)
                .containsExactlyElementsOf(resolved.stream().map(ParentLink::childAttributes).toList());
        assertThat(engine).extracting(DesignState.Link::parentIds)
                .containsExactlyElementsOf(resolved.stream().map(ParentLink::parentIdentifiers).toList());
        assertThat(data).extracting(Link::childAttributes)
                .containsExactlyElementsOf(resolved.stream().map(ParentLink::childAttributes).toList());
        assertThat(data).extracting(Link::parentIdentifiers)
                .containsExactlyElementsOf(resolved.stream().map(ParentLink::parentIdentifiers).toList());
    }

    @Test
    void aCompositeParentIdentifierWithoutForeignKeyLinksEveryPartInTheEngineToo() {
        // the engine used to link only the first identifier attribute (country), the seed data both
        Model model = model(REGION + """
                , {"name": "Store", "attributes": [
                  {"name": "storeId", "type": "string", "identifier": true},
                  {"name": "country", "type": "string"}, {"name": "region", "type": "string"}]}""",
                """
                {"from": "Region", "to": "Store", "cardinality": "one-to-many"}""");

        assertThat(ParentLinks.ofChild(model, "Store")).singleElement()
                .satisfies(l -> assertThat(l.childAttributes()).containsExactly("country", "region"));
        agree(model, "Store");
    }

    @Test
    void aForeignKeyNamingPartOfACompositeIdentifierLinksInTheSeedDataToo() {
        // the seed data used to drop a link whose foreign key is shorter than the parent's identifier
        Model model = model(REGION + """
                , {"name": "Store", "attributes": [
                  {"name": "storeId", "type": "string", "identifier": true},
                  {"name": "regionCode", "type": "string"}]}""",
                """
                {"from": "Region", "to": "Store", "cardinality": "one-to-many", "foreignKey": "regionCode"}""");

        assertThat(ParentLinks.ofChild(model, "Store")).singleElement()
                .satisfies(l -> assertThat(l.parentIdentifiers()).containsExactly("region"));
        agree(model, "Store");
        SampleData data = new InstanceGenerator(model).generate(40, 7);
        Set<Object> regions = new HashSet<>();
        data.of("Region").forEach(r -> regions.add(r.get("region")));
        assertThat(data.of("Store")).isNotEmpty().allMatch(s -> regions.contains(s.get("regionCode")));
    }

    @Test
    void aThroughEntityIsLinkedToBothSidesInTheEngineToo() {
        // the engine used to see no parent of a many-to-many "through" entity, the seed data two
        Model model = model("""
                {"name": "Student", "attributes": [{"name": "studentId", "type": "string", "identifier": true}]},
                {"name": "Course", "attributes": [{"name": "courseId", "type": "string", "identifier": true}]},
                {"name": "Enrollment", "attributes": [
                  {"name": "studentId", "type": "string", "identifier": true},
                  {"name": "courseId", "type": "string", "identifier": true}]},
                """ + REGION, """
                {"from": "Student", "to": "Course", "cardinality": "many-to-many", "through": "Enrollment"}""");

        assertThat(ParentLinks.ofChild(model, "Enrollment")).extracting(ParentLink::parent)
                .containsExactly("Student", "Course");
        agree(model, "Enrollment");
    }
}
