package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** An entity of the model: a kind of item with typed attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String name,
        String description,
        List<Attribute> attributes,
        Long count,
        Integer itemSizeBytes,
        String ttl) {

    public Entity {
        attributes = Lists.copy(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public boolean hasAttribute(String attributeName) {
        return attribute(attributeName).isPresent();
    }

    /** The identifier attributes, in order. */
    @JsonIgnore
    public List<Attribute> identifiers() {
        return attributes.stream().filter(Attribute::partOfIdentifier).toList();
    }

    @JsonIgnore
    public List<String> identifierNames() {
        return identifiers().stream().map(Attribute::name).toList();
    }

    @JsonIgnore
    public List<Attribute> uniqueAttributes() {
        return attributes.stream().filter(Attribute::mustBeUnique).toList();
    }
}
