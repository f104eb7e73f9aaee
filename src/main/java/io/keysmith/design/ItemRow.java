package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * How one entity is stored in a table: the key templates ({@code "CUSTOMER#{customerId}"}) of
 * the table and its indexes, the host entity when embedded, and conditions for sparse keys.
 * {@code kind} says what the row is for ("item", "lookup", "embedded"); an embedded row names the
 * host's map {@code attribute}, the child attributes its entries are {@code keyedBy} (values joined
 * with {@code #} when several), and {@code hostKey}: which child attribute holds which identifier
 * attribute of the host, so that a seeder can put each child in its host's item without the model.
 * {@code attributes}, when present, are the only entity attributes the item holds besides its keys
 * (a uniqueness marker holds the identifier); otherwise it holds all of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemRow(
        String entity,
        Map<String, String> keys,
        String embeddedIn,
        Map<String, PresentWhen> presentWhen,
        String kind,
        String description,
        String attribute,
        java.util.List<String> keyedBy,
        Map<String, String> hostKey,
        java.util.List<String> attributes) {

    public ItemRow {
        keys = keys == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
        presentWhen = presentWhen == null || presentWhen.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(presentWhen));
        keyedBy = keyedBy == null ? null : java.util.List.copyOf(keyedBy);
        hostKey = hostKey == null || hostKey.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hostKey));
        attributes = attributes == null ? null : java.util.List.copyOf(attributes);
    }

    /** A row of an entity embedded in a host's map, or stored with all its attributes. */
    public ItemRow(String entity, Map<String, String> keys, String embeddedIn, Map<String, PresentWhen> presentWhen,
            String kind, String description, String attribute, java.util.List<String> keyedBy,
            Map<String, String> hostKey) {
        this(entity, keys, embeddedIn, presentWhen, kind, description, attribute, keyedBy, hostKey, null);
    }

    /** The attributes the templates of the given key attributes name, in order, each once. */
    public java.util.List<String> attributesOf(java.util.Collection<String> keyNames) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String k : keyNames) {
            if (keys.containsKey(k)) {
                out.addAll(KeyTemplate.of(keys.get(k)).attributes());
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Whether the row is a uniqueness marker or lookup item of a unique attribute. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isLookup() {
        return "lookup".equals(kind);
    }

    /** The same row with the given host key. */
    public ItemRow withHostKey(Map<String, String> key) {
        return new ItemRow(entity, keys, embeddedIn, presentWhen, kind, description, attribute, keyedBy, key, attributes);
    }

    /** A row stored as its own items (no embedding attribute). */
    public ItemRow(String entity, Map<String, String> keys, String embeddedIn, Map<String, PresentWhen> presentWhen,
            String kind, String description) {
        this(entity, keys, embeddedIn, presentWhen, kind, description, null, null, null);
    }
}
