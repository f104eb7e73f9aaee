package io.keysmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeEntitiesTests {

    private static Model model(String relationships) {
        ModelReader.Result r = ModelReader.parse("""
                {"format": "keysmith-model/1", "name": "Test",
                 "entities": [
                   {"name": "Article", "count": 1000, "attributes": [
                     {"name": "articleId", "type": "string", "identifier": true, "format": "uuid"},
                     {"name": "title", "type": "string"}]},
                   {"name": "Tag", "attributes": [
                     {"name": "tagName", "type": "string", "identifier": true},
                     {"name": "description", "type": "string"}]},
                   {"name": "Node", "attributes": [
                     {"name": "id", "type": "string", "identifier": true}]},
                   {"name": "Other", "attributes": [
                     {"name": "id", "type": "string", "identifier": true}]}],
                 "relationships": [%s],
                 "accessPatterns": [
                   {"id": "AP1", "name": "Get an article", "type": "read", "entity": "Article",
                    "where": [{"attribute": "articleId", "op": "="}]}]}
                """.formatted(relationships));
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        return r.model();
    }

    @Test
    void aManyToManyWithoutThroughGetsAnEdgeEntityHoldingBothIdentifiersAndPatternsToLinkAndUnlink() {
        Model implied = EdgeEntities.implied(model(
                "{\"from\": \"Article\", \"to\": \"Tag\", \"cardinality\": \"many-to-many\", \"maxChildren\": 5}"));

        Entity edge = implied.entity("ArticleTag").orElseThrow();
        assertThat(edge.identifierNames()).containsExactly("articleId", "tagName");
        assertThat(edge.attribute("articleId").orElseThrow().format()).isEqualTo("uuid");
        assertThat(edge.count()).isEqualTo(5000L);
        assertThat(implied.relationships().get(0).through()).isEqualTo("ArticleTag");
        assertThat(implied.accessPatterns()).extracting(AccessPattern::id)
                .containsExactly("AP1", "link-ArticleTag", "unlink-ArticleTag");
        assertThat(implied.accessPatterns().subList(1, 3)).allMatch(AccessPattern::wasInferred)
                .extracting(AccessPattern::type).containsExactly(PatternType.CREATE, PatternType.DELETE);
        assertThat(EdgeEntities.isEdge(implied, "ArticleTag")).isTrue();
        assertThat(EdgeEntities.isEdge(implied, "Article")).isFalse();
        // the implied model is valid in its own right and is a fixed point
        assertThat(ModelValidator.validate(implied)).noneMatch(Problem::isError);
        assertThat(EdgeEntities.implied(implied)).isSameAs(implied);
    }

    @Test
    void aModelWithoutABareManyToManyIsReturnedUnchanged() {
        Model m = model("{\"from\": \"Article\", \"to\": \"Tag\", \"cardinality\": \"one-to-many\", \"foreignKey\": \"description\"}");
        assertThat(EdgeEntities.implied(m)).isSameAs(m);
    }

    @Test
    void sidesWhoseIdentifiersShareANameOrAnEntityWithItselfGetNoEdgeEntity() {
        for (String r : List.of("{\"from\": \"Node\", \"to\": \"Other\", \"cardinality\": \"many-to-many\"}",
                "{\"from\": \"Node\", \"to\": \"Node\", \"cardinality\": \"many-to-many\"}")) {
            Model m = model(r);
            assertThat(EdgeEntities.implied(m)).as(r).isSameAs(m);
        }
    }

    @Test
    void anEdgeNameTakenByAnEntityOrAPatternIdGetsANumber() {
        Model m = model("{\"from\": \"Article\", \"to\": \"Tag\", \"cardinality\": \"many-to-many\"}");
        List<Entity> entities = new java.util.ArrayList<>(m.entities());
        entities.add(new Entity("ArticleTag", null, List.of(Attribute.of("x", AttributeType.STRING)), null, null, null));
        Model taken = new Model(m.format(), m.name(), m.description(), m.settings(), entities, m.relationships(),
                m.accessPatterns());
        Model implied = EdgeEntities.implied(taken);
        assertThat(implied.relationships().get(0).through()).isEqualTo("ArticleTag2");
        assertThat(EdgeEntities.isEdge(implied, "ArticleTag2")).isTrue();
        assertThat(EdgeEntities.isEdge(implied, "ArticleTag")).isFalse();
    }

    @Test
    void theValidatorWarnsAboutAManyToManyWithoutThroughOnlyWhenNoEdgeCanBeImplied() {
        String served = "{\"from\": \"Article\", \"to\": \"Tag\", \"cardinality\": \"many-to-many\"}";
        String unserved = "{\"from\": \"Node\", \"to\": \"Other\", \"cardinality\": \"many-to-many\"}";
        assertThat(ModelValidator.validate(model(served))).noneMatch(p -> p.message().contains("through"));
        assertThat(ModelValidator.validate(model(unserved)))
                .anyMatch(p -> !p.isError() && p.message().contains("identifiers share a name"));
    }
}
