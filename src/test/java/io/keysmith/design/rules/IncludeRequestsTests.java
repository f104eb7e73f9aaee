package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import org.junit.jupiter.api.Test;

class IncludeRequestsTests {

    static final String AUTHOR = """
            {"name": "Author", "attributes": [
              {"name": "userId", "type": "string", "identifier": true},
              {"name": "name", "type": "string"}]}""";

    static final String POST = """
            {"name": "Post", "attributes": [
              {"name": "postId", "type": "string", "identifier": true},
              {"name": "authorId", "type": "string", "immutable": true},
              {"name": "topic", "type": "string"},
              {"name": "createdAt", "type": "datetime", "immutable": true}]}""";

    static final String VOTE = """
            {"name": "Vote", "attributes": [
              {"name": "postId", "type": "string", "identifier": true},
              {"name": "userId", "type": "string", "identifier": true},
              {"name": "votedAt", "type": "datetime", "immutable": true}]}""";

    static final String RELATIONSHIPS = """
            {"from": "Author", "to": "Post", "cardinality": "one-to-many", "foreignKey": "authorId"},
            {"from": "Post", "to": "Vote", "cardinality": "one-to-many", "foreignKey": "postId"}""";

    static final String POSTS_OF_AUTHOR = read("AP1", "Post", eq("authorId"),
            ", \"orderBy\": {\"attribute\": \"createdAt\", \"direction\": \"desc\"}");

    static final String VOTED_POSTS = read("AP3", "Vote", eq("userId"), ", \"include\": [\"Post\"]");

    @Test
    void theParentKeyIsWrittenWithTheForeignKeyTheChildHolds() {
        Design d = design(model(AUTHOR + "," + POST, RELATIONSHIPS.split(",\n")[0],
                read("AP1", "Post", eq("topic"), ", \"include\": [\"Author\"]")));
        PatternPlan fetch = plan(d, "AP1").requests().get(1);
        assertThat(fetch.operation()).isEqualTo("BatchGetItem");
        assertThat(fetch.keyCondition().get("PK").value()).isEqualTo("AUTHOR#{authorId}");
        assertThat(KeyTemplate.of(String.valueOf(fetch.keyCondition().get("PK").value())).attributes())
                .allMatch(a -> POST.contains("\"" + a + "\""));
    }

    @Test
    void aBaseKeyTheIncludingItemsCanFillIsPreferredOnATie() {
        Design d = design(model(AUTHOR + "," + POST + "," + VOTE, RELATIONSHIPS,
                POSTS_OF_AUTHOR + "," + read("AP2", "Post", eq("postId")) + "," + VOTED_POSTS));
        assertThat(row(d, "Post").keys().get("PK")).isEqualTo("POST#{postId}");
        PatternPlan fetch = plan(d, "AP3").requests().get(1);
        assertThat(fetch.operation()).isEqualTo("BatchGetItem");
        assertThat(fetch.keyCondition().get("PK").value()).isEqualTo("POST#{postId}");
    }

    @Test
    void anIndexIsQueriedPerItemWhenTheBaseKeyHoldsAttributesTheItemsLack() {
        String strongPosts = read("AP1", "Post", eq("authorId"),
                ", \"orderBy\": {\"attribute\": \"createdAt\", \"direction\": \"desc\"}, \"consistency\": \"strong\"");
        Design d = design(model(AUTHOR + "," + POST + "," + VOTE, RELATIONSHIPS,
                strongPosts + "," + read("AP2", "Post", eq("postId")) + "," + VOTED_POSTS));
        assertThat(row(d, "Post").keys().get("PK")).isEqualTo("AUTHOR#{authorId}");
        PatternPlan fetch = plan(d, "AP3").requests().get(1);
        assertThat(fetch.operation()).isEqualTo("Query");
        assertThat(fetch.index()).startsWith("GSI");
        assertThat(fetch.verdict()).startsWith("one Query per Vote item");
        assertThat(d.denormalizations()).noneMatch(x -> "duplicate-key".equals(x.kind()));
    }

    @Test
    void missingKeyAttributesAreCopiedIntoTheItemsWhenNoKeyCanBeFilled() {
        String strongPosts = read("AP1", "Post", eq("authorId"),
                ", \"orderBy\": {\"attribute\": \"createdAt\", \"direction\": \"desc\"}, \"consistency\": \"strong\"");
        Design d = design(model(AUTHOR + "," + POST + "," + VOTE, RELATIONSHIPS, strongPosts + "," + VOTED_POSTS));
        PatternPlan fetch = plan(d, "AP3").requests().get(1);
        assertThat(fetch.operation()).isEqualTo("BatchGetItem");
        assertThat(d.denormalizations()).anyMatch(x -> "duplicate-key".equals(x.kind()) && "Vote".equals(x.entity())
                && x.attributes().contains("authorId") && x.attributes().contains("createdAt"));
    }
}
