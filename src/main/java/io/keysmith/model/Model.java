package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** A Keysmith model file ({@code keysmith-model/1}): entities, relationships and access patterns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Model(
        String format,
        String name,
        String description,
        Settings settings,
        List<Entity> entities,
        List<Relationship> relationships,
        List<AccessPattern> accessPatterns) {

    public static final String FORMAT = "keysmith-model/1";

    public Model {
        entities = Lists.copy(entities);
        relationships = Lists.copy(relationships);
        accessPatterns = Lists.copy(accessPatterns);
    }

    public Optional<Entity> entity(String entityName) {
        return entities.stream().filter(e -> e.name().equals(entityName)).findFirst();
    }

    /** Settings, never null: a model without a settings block gets the defaults. */
    public Settings settingsOrDefault() {
        return settings == null ? Settings.DEFAULT : settings;
    }

    public Model withName(String newName) {
        return new Model(format, newName, description, settings, entities, relationships, accessPatterns);
    }
}
