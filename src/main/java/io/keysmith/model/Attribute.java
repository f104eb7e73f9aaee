package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A typed attribute of an entity. Boolean flags are optional and absent means false; {@code weights}
 * (optional, one per entry of {@code values}) says how often each value occurs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attribute(
        String name,
        AttributeType type,
        Boolean identifier,
        Boolean unique,
        Boolean immutable,
        Boolean required,
        List<Object> values,
        String format,
        String description,
        List<Double> weights) {

    public Attribute {
        values = Lists.copyOrNull(values);
        weights = Lists.copyOrNull(weights);
    }

    /** An attribute without value weights. */
    public Attribute(String name, AttributeType type, Boolean identifier, Boolean unique, Boolean immutable,
            Boolean required, List<Object> values, String format, String description) {
        this(name, type, identifier, unique, immutable, required, values, format, description, null);
    }

    /**
     * The share of items holding each value of the enumeration, in its order: from {@code weights}
     * when they fit the values, else an even split; empty when the attribute has no enumeration.
     */
    @JsonIgnore
    public List<Double> shares() {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (weights != null && weights.size() == values.size()) {
            double total = weights.stream().mapToDouble(w -> w == null ? 0 : Math.max(0, w)).sum();
            if (total > 0) {
                return weights.stream().map(w -> (w == null ? 0 : Math.max(0, w)) / total).toList();
            }
        }
        return java.util.Collections.nCopies(values.size(), 1.0 / values.size());
    }

    /** The share of items holding the most frequent value; 1 when the attribute has no enumeration (unknown spread). */
    @JsonIgnore
    public double largestShare() {
        return shares().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    public static Attribute of(String name, AttributeType type) {
        return new Attribute(name, type, null, null, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean partOfIdentifier() {
        return Boolean.TRUE.equals(identifier);
    }

    @JsonIgnore
    public boolean mustBeUnique() {
        return Boolean.TRUE.equals(unique);
    }

    @JsonIgnore
    public boolean neverChanges() {
        return Boolean.TRUE.equals(immutable);
    }

    /** Absent means required, as in the spec; only an explicit false makes it optional. */
    @JsonIgnore
    public boolean isOptional() {
        return Boolean.FALSE.equals(required);
    }
}
