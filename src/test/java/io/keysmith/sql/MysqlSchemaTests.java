package io.keysmith.sql;

import static io.keysmith.sql.SqlImports.attribute;
import static io.keysmith.sql.SqlImports.entity;
import static io.keysmith.sql.SqlImports.pattern;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.DesignEngine;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Model;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.OrderBy;
import org.junit.jupiter.api.Test;

/** A mysqldump of a blog (backticks, ENUM, tinyint(1), KEY, COMMENT, a self-reference, a join table, a quoted table name). */
class MysqlSchemaTests {

    private static final String FILE = "src/test/resources/sql/blog-mysql.sql";
    private final Model model = SqlImports.of(FILE, SqlImports.file(FILE)).model();

    @Test
    void backtickedTablesAndColumnsBecomeEntitiesAndAttributes() {
        assertThat(model.entities()).extracting(e -> e.name())
                .containsExactly("User", "Post", "Comment", "Tag", "PostTag", "PageView");
        assertThat(entity(model, "User").description()).isEqualTo("People who write or read (SQL table users)");
        assertThat(attribute(model, "User", "email").description()).isEqualTo("Sign-in address (SQL column email varchar (255))");
        assertThat(attribute(model, "User", "email").mustBeUnique()).isTrue();
    }

    @Test
    void mysqlTypesMapToKeysmithTypes() {
        assertThat(attribute(model, "User", "id").type()).isEqualTo(AttributeType.NUMBER);
        assertThat(attribute(model, "User", "isActive").type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(attribute(model, "User", "role").values()).containsExactly("admin", "editor", "reader");
        assertThat(attribute(model, "User", "displayName").isOptional()).isTrue();
        assertThat(attribute(model, "Post", "status").values()).containsExactly("draft", "published", "archived");
        assertThat(attribute(model, "PageView", "day").type()).isEqualTo(AttributeType.DATE);
    }

    @Test
    void aQuotedNameWithSpacesAndQuotesBecomesAValidName() {
        assertThat(entity(model, "PageView").description()).isEqualTo("(SQL table Page Views)");
        assertThat(attribute(model, "PageView", "weirdXName").description()).isEqualTo("(SQL column Weird \"x\" name int)");
        assertThat(entity(model, "PageView").identifierNames()).containsExactly("postId", "day");
    }

    @Test
    void aSelfReferenceAndAJoinTableBecomeRelationships() {
        var parent = model.relationships().stream().filter(r -> r.from().equals("Comment") && r.to().equals("Comment")).findFirst().orElseThrow();
        assertThat(parent.foreignKey()).containsExactly("parentId");
        assertThat(parent.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        var tags = model.relationships().stream().filter(r -> r.cardinality() == Cardinality.MANY_TO_MANY).findFirst().orElseThrow();
        assertThat(tags.through()).isEqualTo("PostTag");
        assertThat(tags.from()).isEqualTo("Post");
        assertThat(tags.to()).isEqualTo("Tag");
    }

    @Test
    void keysBecomeInferredReads() {
        assertThat(pattern(model, "Get a user by email").wasInferred()).isTrue();
        assertThat(pattern(model, "Posts of a user, by published at").orderBy()).isEqualTo(new OrderBy("publishedAt", "asc"));
        assertThat(pattern(model, "Comments of a post, by created at").entity()).isEqualTo("Comment");
        assertThat(pattern(model, "Get a tag by name").where()).hasSize(1);
    }

    @Test
    void theModelValidatesAndEveryInferredReadIsServedWithoutAScan() {
        assertThat(ModelValidator.validate(model)).isEmpty();
        assertThat(DesignEngine.design(model).accessPatterns()).noneMatch(p -> "Scan".equals(p.operation()));
    }
}
