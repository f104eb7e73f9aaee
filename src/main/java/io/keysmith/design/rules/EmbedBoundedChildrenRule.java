package io.keysmith.design.rules;

import io.keysmith.design.Denormalization;
import io.keysmith.design.DesignState;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import io.keysmith.model.PatternType;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Embeds bounded children ({@code maxChildren}) in their parent item as a map keyed by the
 * child's identifier when nothing reads them except together with the parent and nothing creates
 * or updates them on their own: the parent read then returns them with no extra items, and a
 * delete removes one map entry. Otherwise says why they stay separate items.
 */
final class EmbedBoundedChildrenRule implements Rule {

    /** Embedded children may add at most this much to the parent item: reads of it grow by as much. */
    static final int MAX_EMBEDDED_BYTES = 32 * 1024;

    @Override
    public String id() {
        return "embed-bounded-children";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (Relationship r : s.model().relationships()) {
            if (r.maxChildren() == null || r.cardinality() == Cardinality.MANY_TO_MANY || s.entity(r.to()) == null
                    || s.entity(r.from()) == null || r.from().equals(r.to())) {
                continue;
            }
            Entity child = s.entity(r.to());
            Entity host = s.entity(r.from());
            DesignState.Link link = s.parentLinks(child.name()).stream().filter(l -> l.parent().equals(host.name()))
                    .findFirst().orElse(null);
            String why = link == null ? "no foreign key links it to " + host.name() : whyNot(s, r, child, host);
            if (why != null) {
                misses.add(child.name() + " in " + host.name() + ": not embedded because " + why);
                continue;
            }
            double expected = expected(child, host, r.maxChildren());
            String attribute = attributeName(r, child);
            List<String> readers = s.model().accessPatterns().stream()
                    .filter(p -> p.entity().equals(host.name()) && p.includeOrEmpty().contains(child.name()))
                    .map(AccessPattern::id).toList();
            DesignState.Embedding embedding = new DesignState.Embedding(child.name(), host.name(), attribute,
                    r.maxChildren(), expected, link);
            s.embed(embedding);
            entities.add(child.name());
            changes.add(child.name() + " (at most " + r.maxChildren() + ") is stored in each " + host.name() + " item as map "
                    + attribute + " keyed by " + String.join("#", embedding.entryKey(child)) + "; " + String.join(", ", readers)
                    + (readers.size() == 1 ? " reads" : " read") + " it with the " + host.name() + " item, no extra items");
            s.denormalizations().add(new Denormalization("embedded", child.name(), null, host.name(), readers,
                    child.name() + " is bounded (at most " + r.maxChildren() + ") and only read with " + host.name()
                            + ", so it lives inside the " + host.name() + " item as map " + attribute,
                    "each " + host.name() + " item grows by about " + Math.round(expected * CapacityRule.size(child))
                            + " bytes (reads of it too); removing one " + child.name() + " is an UpdateItem on the "
                            + host.name() + " item"));
        }
        List<String> all = new ArrayList<>(changes);
        all.addAll(misses);
        s.step(id(), !changes.isEmpty(), "Embedding bounded children",
                changes.isEmpty() && misses.isEmpty() ? "Not applicable because no relationship sets maxChildren."
                        : "Children with a known upper bound that are only read with their parent can live inside the"
                                + " parent item (a map keyed by the child's identifier), saving items and requests. Children"
                                + " read, created or updated on their own stay separate items: each such write would"
                                + " rewrite the whole parent item and contend with other writes to it.",
                entities, null, all);
    }

    private static String whyNot(DesignState s, Relationship r, Entity child, Entity host) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        boolean withHost = false;
        for (AccessPattern p : s.model().accessPatterns()) {
            if (p.entity().equals(child.name())) {
                (p.isRead() ? reads : p.type() == PatternType.DELETE ? new ArrayList<String>() : writes).add(p.id());
            }
            if (p.includeOrEmpty().contains(child.name())) {
                if (!p.entity().equals(host.name())) {
                    reads.add(p.id());
                }
                withHost |= p.entity().equals(host.name());
            }
        }
        if (!reads.isEmpty()) {
            return "patterns " + String.join(", ", reads) + " read it on its own";
        }
        if (!withHost) {
            return "no pattern reads it with " + host.name();
        }
        if (!writes.isEmpty()) {
            return "patterns " + String.join(", ", writes) + " create or update it on its own, and each would rewrite the"
                    + " whole " + host.name() + " item";
        }
        if (!child.uniqueAttributes().isEmpty()) {
            return "its unique attributes need lookup items of their own";
        }
        if (s.model().relationships().stream().anyMatch(x -> child.name().equals(x.through()))) {
            return "it carries a many-to-many relationship";
        }
        if (s.embedding(host.name()) != null || !s.embeddedIn(child.name()).isEmpty()) {
            return "embedding does not nest";
        }
        if ((long) r.maxChildren() * CapacityRule.size(child) > MAX_EMBEDDED_BYTES) {
            return r.maxChildren() + " children of " + CapacityRule.size(child) + " bytes would add more than "
                    + MAX_EMBEDDED_BYTES / 1024 + " KB to every " + host.name() + " read";
        }
        return null;
    }

    /** Children per parent from the counts, at most the bound; the bound when counts are missing. */
    static double expected(Entity child, Entity host, int max) {
        if (child.count() == null || host.count() == null || host.count() == 0) {
            return max;
        }
        return Math.min(max, Math.max(1, (double) child.count() / host.count()));
    }

    private static String attributeName(Relationship r, Entity child) {
        if (r.name() != null && r.name().matches("[A-Za-z][A-Za-z0-9_]*")) {
            return r.name();
        }
        String n = child.name();
        return n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1) + "s";
    }
}
