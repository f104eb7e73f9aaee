package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;

/** Helpers for engine tests: design a model written inline, find plans, rows and steps. */
public final class Designs {

    private Designs() {
    }

    public static Model model(String json) {
        ModelReader.Result result = ModelReader.parse(json);
        assertThat(result.ok()).as("test model is valid: %s", result.problems()).isTrue();
        return result.model();
    }

    public static Design design(String json) {
        return DesignEngine.design(model(json));
    }

    /** A model read without validation, for limits the validator already refuses. */
    public static Design designUnchecked(String json) {
        return DesignEngine.design(io.keysmith.model.ModelJson.MAPPER.readValue(json, Model.class));
    }

    public static Design design(String json, io.keysmith.model.TableStyle style) {
        return DesignEngine.design(model(json), style);
    }

    public static PatternPlan plan(Design d, String id) {
        return d.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    public static ItemRow row(Design d, String entity) {
        return d.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.entity().equals(entity) && "item".equals(r.kind())).findFirst().orElseThrow();
    }

    public static Step step(Design d, String rule) {
        return d.steps().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }

    public static int indexCount(Design d) {
        return d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size() + t.localSecondaryIndexes().size()).sum();
    }

    /** A model with the given entities, relationships and patterns (JSON array bodies). */
    public static String model(String entities, String relationships, String patterns) {
        return """
                {"format": "keysmith-model/1", "name": "Test",
                 "entities": [%s],
                 "relationships": [%s],
                 "accessPatterns": [%s]}
                """.formatted(entities, relationships, patterns);
    }

    public static final String CUSTOMER = """
            {"name": "Customer", "attributes": [
              {"name": "customerId", "type": "string", "identifier": true},
              {"name": "email", "type": "string", "unique": true},
              {"name": "name", "type": "string"}], "itemSizeBytes": 800}""";

    public static final String ORDER = """
            {"name": "Order", "attributes": [
              {"name": "orderId", "type": "string", "identifier": true},
              {"name": "customerId", "type": "string"},
              {"name": "orderDate", "type": "datetime"},
              {"name": "total", "type": "number"},
              {"name": "status", "type": "string", "values": ["OPEN", "SHIPPED"]}]}""";

    public static final String CUSTOMER_ORDERS = """
            {"from": "Customer", "to": "Order", "cardinality": "one-to-many", "foreignKey": "customerId"}""";

    public static String read(String id, String entity, String where) {
        return read(id, entity, where, "");
    }

    /** A read pattern; {@code extra} is more JSON members such as an orderBy, starting with a comma. */
    public static String read(String id, String entity, String where, String extra) {
        return """
                {"id": "%s", "name": "read %s", "type": "read", "entity": "%s", "where": [%s]%s}"""
                .formatted(id, id, entity, where, extra);
    }

    public static String eq(String attribute) {
        return "{\"attribute\": \"" + attribute + "\", \"op\": \"=\"}";
    }
}
