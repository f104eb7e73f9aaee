package io.keysmith.design;

import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one entity in one key slot of the table while the engine works: slot 0 is the
 * base table, 1..20 the overloaded GSIs, -1..-5 the LSIs. The sort key is the entity's prefix
 * followed by {@code skComps} and then every identifier attribute not yet in the key, so that
 * keys stay unique and extending the sort key never breaks an earlier pattern's prefix (an index
 * key ending in free text is the exception, see {@link #finalComps}).
 */
public final class Layout {

    private final String entity;
    private final int slot;
    private final String pkPrefix;
    private final List<String> pkAttrs;
    private final List<String> skComps;
    private final Condition when;
    private final List<String> served = new ArrayList<>();
    private String sortPrefix;
    private KeyTemplate.Shard shard;

    public Layout(String entity, int slot, String pkPrefix, List<String> pkAttrs, List<String> skComps, Condition when) {
        this.entity = entity;
        this.slot = slot;
        this.pkPrefix = pkPrefix;
        this.pkAttrs = List.copyOf(pkAttrs);
        this.skComps = new ArrayList<>(skComps);
        this.when = when;
    }

    public String entity() {
        return entity;
    }

    public int slot() {
        return slot;
    }

    public String pkPrefix() {
        return pkPrefix;
    }

    public List<String> pkAttrs() {
        return pkAttrs;
    }

    public List<String> skComps() {
        return List.copyOf(skComps);
    }

    void setSkComps(List<String> comps) {
        skComps.clear();
        skComps.addAll(comps);
    }

    /**
     * The literal the sort key starts with when it differs from the entity's prefix (a leading
     * {@code #} or {@code _} that orders the entity inside a shared partition), else null.
     */
    public String sortPrefix() {
        return sortPrefix;
    }

    public void sortPrefix(String prefix) {
        sortPrefix = prefix;
    }

    /** The write shard that ends the partition key, or null when the partition is not sharded. */
    public KeyTemplate.Shard shard() {
        return shard;
    }

    public void shard(KeyTemplate.Shard value) {
        shard = value;
    }

    /** The constant condition of a sparse index layout, or null. */
    public Condition when() {
        return when;
    }

    public List<String> served() {
        return served;
    }

    public boolean isBase() {
        return slot == 0;
    }

    public boolean isLsi() {
        return slot < 0;
    }

    /**
     * The sort key attributes after the prefix: the chosen ones, then the remaining identifiers.
     * An index key need not be unique, so an index whose chosen attributes end in free text takes
     * no identifiers after it: {@code #} and a tiebreaker there would sort a value holding a space
     * out of place ({@code Smith Jr#1} before {@code Smith#2}).
     */
    public List<String> finalComps(Entity e) {
        List<String> out = new ArrayList<>(skComps);
        if (endsInFreeText(e)) {
            return out;
        }
        for (String id : e.identifierNames()) {
            if (!out.contains(id) && !pkAttrs.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Whether the keys name one item: every identifier is in them (an index ending in free text may leave them out). */
    public boolean unique(Entity e) {
        if (!endsInFreeText(e)) {
            return true; // finalComps adds every identifier the keys lack
        }
        for (String id : e.identifierNames()) {
            if (!skComps.contains(id) && !pkAttrs.contains(id)) {
                return false;
            }
        }
        return true;
    }

    private boolean endsInFreeText(Entity e) {
        return !isBase() && !skComps.isEmpty()
                && e.attribute(skComps.get(skComps.size() - 1)).map(Keys::mayHoldCharactersBelowSeparator).orElse(false);
    }

    public String indexName() {
        return slot == 0 ? null : slot > 0 ? "GSI" + slot : "LSI" + (-slot);
    }

    public String pkName() {
        return slot > 0 ? "GSI" + slot + "PK" : "PK";
    }

    public String skName() {
        return slot == 0 ? "SK" : slot > 0 ? "GSI" + slot + "SK" : "LSI" + (-slot) + "SK";
    }

    public String describe() {
        return slot == 0 ? "the base table" : indexName() + (when != null ? " (sparse)" : "");
    }
}
