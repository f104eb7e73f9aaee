package io.keysmith.design.rules;

import io.keysmith.design.Denormalization;
import io.keysmith.design.DesignState;
import io.keysmith.design.Lookup;
import io.keysmith.design.Need;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds a uniqueness marker per unique attribute (email, username): an item keyed by the value
 * that holds only the identifier, written in the same transaction as the entity with a condition
 * that it does not exist yet. It enforces uniqueness and serves "find by email" with two GetItems
 * (marker, then item) without an index, and holds no copy a rename could leave stale.
 */
final class UniqueAttributeLookupRule implements Rule {

    @Override
    public String id() {
        return "unique-attribute-lookup";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Entity e : s.entities()) {
            for (Attribute a : e.uniqueAttributes()) {
                if (Set.of(a.name()).equals(new HashSet<>(e.identifierNames())) || !a.type().isScalar()) {
                    continue;
                }
                String prefix = s.prefix(e.name()) + "#" + a.name().toUpperCase(Locale.ROOT);
                Lookup lookup = new Lookup(e.name(), a.name(), prefix + "#{" + a.name() + "}", prefix);
                s.lookups().add(lookup);
                entities.add(e.name());
                List<String> served = new ArrayList<>();
                for (Need n : s.needsOf(e.name())) {
                    if (n.eqAttributes().contains(a.name()) && n.include().isEmpty() && !s.isAssigned(n)) {
                        s.assign(n, new DesignState.Assignment(null, lookup, id(), false));
                        served.add(n.id());
                        patterns.add(n.id());
                    }
                }
                changes.add("lookup item " + lookup.pk() + " for " + e.name() + "." + a.name()
                        + (served.isEmpty() ? "" : ", serving " + String.join(", ", served)));
                s.denormalizations().add(new Denormalization("lookup", e.name(), List.of(a.name()), e.name(),
                        served.isEmpty() ? null : served,
                        a.name() + " must be unique: a marker item keyed by it, holding the identifier, is written with"
                                + " attribute_not_exists(PK) in the same transaction, so a duplicate fails the whole write",
                        "every create writes 2 items in a TransactWriteItems (2x write units each); changing "
                                + a.name() + " reads the item, deletes the old marker and puts the new one in one transaction;"
                                + " a delete removes the marker too"));
            }
        }
        s.step(id(), !changes.isEmpty(), "Lookup items for unique attributes",
                changes.isEmpty() ? "Not applicable because no entity has a unique attribute besides its identifier."
                        : "A unique attribute needs a second item keyed by its value: DynamoDB enforces uniqueness only"
                                + " on the primary key. The marker holds just the identifier, so a read by that value is a"
                                + " GetItem of the marker and then of the item, and no copy goes stale when the item changes.",
                entities, patterns, changes);
    }
}
