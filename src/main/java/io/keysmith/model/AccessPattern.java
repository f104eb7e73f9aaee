package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One way the application reads or writes items: the unit the design engine serves. {@code
 * inferred} (optional, an extension of the format) marks a pattern an importer guessed from the
 * source, e.g. from a primary key or an index of an SQL schema, rather than one the user stated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessPattern(
        String id,
        String name,
        PatternType type,
        String entity,
        List<Condition> where,
        List<Condition> filter,
        OrderBy orderBy,
        List<String> include,
        String returns,
        Integer limit,
        List<String> set,
        Number rate,
        String consistency,
        String notes,
        Boolean inferred) {

    public AccessPattern {
        where = Lists.copyOrNull(where);
        filter = Lists.copyOrNull(filter);
        include = Lists.copyOrNull(include);
        set = Lists.copyOrNull(set);
    }

    /** A pattern the user stated (not inferred). */
    public AccessPattern(String id, String name, PatternType type, String entity, List<Condition> where,
            List<Condition> filter, OrderBy orderBy, List<String> include, String returns, Integer limit,
            List<String> set, Number rate, String consistency, String notes) {
        this(id, name, type, entity, where, filter, orderBy, include, returns, limit, set, rate, consistency, notes, null);
    }

    @JsonIgnore
    public boolean wasInferred() {
        return Boolean.TRUE.equals(inferred);
    }

    /** The name, or "" for an unnamed pattern (the name is optional). */
    @JsonIgnore
    public String nameOrEmpty() {
        return name == null ? "" : name;
    }

    @JsonIgnore
    public List<Condition> whereOrEmpty() {
        return where == null ? List.of() : where;
    }

    @JsonIgnore
    public List<Condition> filterOrEmpty() {
        return filter == null ? List.of() : filter;
    }

    @JsonIgnore
    public List<String> includeOrEmpty() {
        return include == null ? List.of() : include;
    }

    @JsonIgnore
    public List<String> setOrEmpty() {
        return set == null ? List.of() : set;
    }

    /** Peak requests per second; 1 when the model does not say. */
    @JsonIgnore
    public double rateOrDefault() {
        return rate == null ? 1.0 : rate.doubleValue();
    }

    @JsonIgnore
    public boolean stronglyConsistent() {
        return "strong".equals(consistency);
    }

    @JsonIgnore
    public boolean isRead() {
        return type == PatternType.READ;
    }
}
