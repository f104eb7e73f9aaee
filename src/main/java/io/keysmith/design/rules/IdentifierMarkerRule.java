package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Lookup;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds an identifier marker to an entity that is written and whose base key holds more than its
 * identifier (a store keyed by city): DynamoDB keeps only whole primary keys unique, so two items
 * with the same identifier would both be accepted, and an update or delete that is given the
 * identifier could not address the item. The marker, keyed by the identifier and written in the
 * same transaction as the item, refuses the second one and holds the item's key attributes.
 */
final class IdentifierMarkerRule implements Rule {

    @Override
    public String id() {
        return "identifier-marker";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (s.embedding(e.name()) != null || !written(s, e)) {
                continue;
            }
            Layout base = s.layout(e.name(), 0);
            if (base == null) {
                continue;
            }
            Set<String> key = new LinkedHashSet<>(KeyTemplate.of(Keys.pkTemplate(base)).attributes());
            key.addAll(KeyTemplate.of(Keys.skTemplate(s, base)).attributes());
            if (new HashSet<>(e.identifierNames()).containsAll(key)) {
                continue;
            }
            String prefix = s.prefix(e.name()) + "#ID";
            String pk = prefix + "#" + String.join("#", e.identifierNames().stream().map(a -> "{" + a + "}").toList());
            s.lookups().add(new Lookup(e.name(), String.join(",", e.identifierNames()), pk, prefix));
            entities.add(e.name());
            changes.add("identifier marker " + pk + " for " + e.name() + ": its key also holds "
                    + String.join(", ", key.stream().filter(a -> !e.identifierNames().contains(a)).toList()));
        }
        s.step(id(), !changes.isEmpty(), "Identifier markers",
                changes.isEmpty() ? "Not applicable because every written entity's base key is its identifier."
                        : "DynamoDB keeps only whole primary keys unique. Where the base key holds more than the"
                                + " identifier, a marker item keyed by the identifier is written in the same transaction as"
                                + " the item: a second item with the same identifier is refused, and a write given only the"
                                + " identifier reads the marker to find the item's key.",
                entities, null, changes);
    }

    private static boolean written(DesignState s, Entity e) {
        return !s.writesOf(e.name()).isEmpty();
    }
}
