package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
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

    // Loops rather than streams: the design engine asks these for every pattern and rule, and on a
    // large model the streams' garbage was a tenth of a design's allocation.
    public Optional<Attribute> attribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public boolean hasAttribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return true;
            }
        }
        return false;
    }

    /** The identifier attributes, in order. */
    @JsonIgnore
    public List<Attribute> identifiers() {
        List<Attribute> out = new ArrayList<>(1);
        for (Attribute a : attributes) {
            if (a.partOfIdentifier()) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @JsonIgnore
    public List<String> identifierNames() {
        List<String> out = new ArrayList<>(1);
        for (Attribute a : attributes) {
            if (a.partOfIdentifier()) {
                out.add(a.name());
            }
        }
        return Collections.unmodifiableList(out);
    }

    @JsonIgnore
    public List<Attribute> uniqueAttributes() {
        List<Attribute> out = new ArrayList<>(0);
        for (Attribute a : attributes) {
            if (a.mustBeUnique()) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
