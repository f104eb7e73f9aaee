package io.keysmith.sql;

import static io.keysmith.sql.SqlImports.attribute;
import static io.keysmith.sql.SqlImports.entity;
import static io.keysmith.sql.SqlImports.pattern;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.imports.ImportResult;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Condition;
import io.keysmith.model.Model;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import io.keysmith.model.Relationship;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample shop's PostgreSQL schema (pg_dump style in places) imported field by field. */
class PostgresSchemaTests {

    private static final String FILE = "sample-models/sql/shop-postgres.sql";
    private final ImportResult imported = SqlImports.of(FILE, SqlImports.file(FILE));
    private final Model model = imported.model();

    @Test
    void everyTableIsAnEntityNamedInTheSingular() {
        assertThat(model.entities()).extracting(e -> e.name()).containsExactly(
                "Customer", "Address", "Category", "Product", "Tag", "ProductTag", "Order", "OrderItem", "Payment", "Review");
        assertThat(entity(model, "OrderItem").description()).isEqualTo("(SQL table shop.order_items)");
        assertThat(entity(model, "Customer").description()).isEqualTo("People who can sign in and order (SQL table shop.customers)");
    }

    @Test
    void columnsAreTypedCamelCaseAttributesThatKeepTheirSqlNameAndType() {
        var id = attribute(model, "Customer", "customerId");
        assertThat(id.type()).isEqualTo(AttributeType.STRING);
        assertThat(id.format()).isEqualTo("uuid");
        assertThat(id.partOfIdentifier()).isTrue();
        var email = attribute(model, "Customer", "email");
        assertThat(email.mustBeUnique()).isTrue();
        assertThat(email.format()).isEqualTo("email");
        assertThat(email.description()).isEqualTo("Login, unique without regard to case (SQL column email varchar (320))");
        assertThat(attribute(model, "Customer", "phone").isOptional()).isTrue();
        assertThat(attribute(model, "Customer", "fullName").required()).isNull();
        assertThat(attribute(model, "Customer", "marketingOptIn").type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(attribute(model, "Customer", "createdAt").type()).isEqualTo(AttributeType.DATETIME);
        assertThat(attribute(model, "Address", "addressId").type()).isEqualTo(AttributeType.NUMBER);
        assertThat(attribute(model, "Product", "unitPrice").format()).isEqualTo("price");
        assertThat(attribute(model, "Product", "attributes").type()).isEqualTo(AttributeType.MAP);
        assertThat(attribute(model, "Category", "name").description()).isEqualTo("(SQL column name text)");
    }

    @Test
    void enumerationsComeFromCheckConstraintsAndEnumTypes() {
        assertThat(attribute(model, "Product", "status").values()).containsExactly("DRAFT", "ACTIVE", "RETIRED");
        assertThat(attribute(model, "Payment", "provider").values()).containsExactly("card", "paypal", "invoice");
        assertThat(attribute(model, "Review", "rating").values()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(attribute(model, "Order", "status").values())
                .containsExactly("PLACED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
    }

    @Test
    void aCompositePrimaryKeyIsTheIdentifierInItsOrder() {
        assertThat(entity(model, "OrderItem").identifierNames()).containsExactly("orderId", "lineNo");
        assertThat(entity(model, "ProductTag").identifierNames()).containsExactly("productId", "tagId");
    }

    @Test
    void foreignKeysInlineAsConstraintsAndAddedLaterAreRelationships() {
        assertThat(model.relationships()).contains(
                new Relationship("Customer", "Address", Cardinality.ONE_TO_MANY, List.of("customerId"), null, null, null,
                        "foreign key shop.addresses [customer_id] references shop.customers [customer_id]"),
                new Relationship("Customer", "Order", Cardinality.ONE_TO_MANY, List.of("customerId"), null, null, null,
                        "foreign key orders_customer_fk shop.orders [customer_id] references shop.customers [customer_id]"),
                new Relationship("Category", "Product", Cardinality.ONE_TO_MANY, List.of("categoryId"), null, null, null,
                        "foreign key products_category_fk shop.products [category_id] references shop.categories [category_id]"));
    }

    @Test
    void aUniqueForeignKeyIsOneToOneAndASelfReferenceIsNamed() {
        Relationship payment = relationship("Order", "Payment");
        assertThat(payment.cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
        Relationship parent = relationship("Category", "Category");
        assertThat(parent.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        assertThat(parent.foreignKey()).containsExactly("parentId");
        assertThat(parent.name()).isEqualTo("parent");
    }

    @Test
    void aJoinTableCarriesAManyToManyThroughIt() {
        Relationship tags = model.relationships().stream().filter(r -> r.cardinality() == Cardinality.MANY_TO_MANY)
                .findFirst().orElseThrow();
        assertThat(tags.from()).isEqualTo("Product");
        assertThat(tags.to()).isEqualTo("Tag");
        assertThat(tags.through()).isEqualTo("ProductTag");
    }

    @Test
    void primaryKeysUniqueConstraintsAndIndexesGiveInferredReads() {
        var byId = pattern(model, "Get a customer by id");
        assertThat(byId.wasInferred()).isTrue();
        assertThat(byId.where()).containsExactly(Condition.param("customerId", Op.EQ));
        assertThat(byId.notes()).isEqualTo("inferred from the primary key of shop.customers");
        assertThat(pattern(model, "Get a product by sku").notes())
                .isEqualTo("inferred from the unique constraint products_sku_key on shop.products [sku]");
        var orders = pattern(model, "Orders of a customer, newest first");
        assertThat(orders.where()).containsExactly(Condition.param("customerId", Op.EQ));
        assertThat(orders.orderBy()).isEqualTo(new OrderBy("placedAt", "desc"));
        assertThat(pattern(model, "Get a review by product id and customer id").where()).hasSize(2);
        assertThat(model.accessPatterns()).allMatch(p -> p.wasInferred()).hasSize(20);
        assertThat(model.accessPatterns()).noneMatch(p -> p.notes().contains("products_attributes_gin"));
    }

    @Test
    void theRestOfTheDumpIsNamedInOneNoteAndAnUnknownTypeIsSaid() {
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.notes()).contains(FILE + ": 7 statements that shape no table left out (SET x2, CREATE EXTENSION,"
                + " CREATE SCHEMA, CREATE FUNCTION, CREATE TRIGGER, GRANT), the first at line 6");
    }

    @Test
    void theImportedModelValidatesAndDesignsWithoutAScan() {
        assertThat(ModelValidator.validate(model)).isEmpty();
        Design design = DesignEngine.design(model);
        Set<String> inferred = model.accessPatterns().stream().filter(p -> p.wasInferred()).map(p -> p.id()).collect(Collectors.toSet());
        assertThat(design.accessPatterns()).filteredOn(p -> inferred.contains(p.id()))
                .hasSize(inferred.size()).noneMatch(p -> "Scan".equals(p.operation()));
    }

    @Test
    void importingTwiceGivesTheSameModel() {
        assertThat(SqlImports.of(FILE, SqlImports.file(FILE)).model()).isEqualTo(model);
    }

    private Relationship relationship(String from, String to) {
        return model.relationships().stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst().orElseThrow();
    }
}
