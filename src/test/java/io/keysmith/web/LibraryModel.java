package io.keysmith.web;

/** Models the browser tests build or import: a two-entity model made through the editor, and small ones as JSON. */
final class LibraryModel {

    /** One entity looked up by id; {@code %s} is the model's (and so the table's) name. */
    static final String SMALL = """
            {"format": "keysmith-model/1", "name": "%s",
             "entities": [{"name": "User", "attributes": [
                 {"name": "userId", "type": "string", "identifier": true},
                 {"name": "email", "type": "string", "unique": true},
                 {"name": "country", "type": "string"}]}],
             "relationships": [],
             "accessPatterns": [{"id": "AP1", "name": "Get a user", "type": "read", "entity": "User",
                 "where": [{"attribute": "userId", "op": "="}]}]}
            """;

    /** {@link #SMALL} plus users by country, which needs a secondary index: the same table name, another schema. */
    static final String SMALL_WITH_INDEX = SMALL.replace("}]}]}\n", """
            }]},
                {"id": "AP2", "name": "Users of a country", "type": "read", "entity": "User", "returns": "many",
                 "where": [{"attribute": "country", "op": "="}]}]}
            """);

    private LibraryModel() {
    }

    /** Authors and their books with four access patterns, typed into the editor of a new, empty model. */
    static void build(ModelPage model) {
        model.addEntity("Author"); // its identifier is named after it: authorId
        model.click("add-attribute");
        model.fill("entities[0].attributes[1].name", "fullName");

        model.addEntity("Book");
        model.click("add-attribute");
        model.fill("entities[1].attributes[1].name", "authorId");
        model.click("add-attribute");
        model.fill("entities[1].attributes[2].name", "published");
        model.choose("entities[1].attributes[2].type", "date");

        model.openTab("Relationships");
        model.click("add-relationship");
        model.choose("relationships[0].foreignKey", "authorId");

        model.openTab("Access patterns");
        model.click("add-access-pattern");
        model.fill("accessPatterns[0].name", "Get an author");
        model.click("add-access-pattern");
        model.fill("accessPatterns[1].name", "Books of an author, newest first");
        model.choose("accessPatterns[1].entity", "Book");
        model.choose("accessPatterns[1].orderBy.attribute", "published");
        model.choose("accessPatterns[1].orderBy.direction", "desc");
        model.click("add-access-pattern");
        model.fill("accessPatterns[2].name", "Get a book");
        model.choose("accessPatterns[2].entity", "Book");
        model.choose("accessPatterns[2].where[0].attribute", "bookId");
        model.click("add-access-pattern");
        model.fill("accessPatterns[3].name", "Add a book");
        model.choose("accessPatterns[3].type", "create");
        model.choose("accessPatterns[3].entity", "Book");
        model.fill("accessPatterns[3].rate", "5");
    }
}
