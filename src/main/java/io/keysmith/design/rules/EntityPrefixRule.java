package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;

/** Gives every entity its own key prefix so that many entity types can share one table. */
final class EntityPrefixRule implements Rule {

    @Override
    public String id() {
        return "entity-per-item";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Entity e : s.entities()) {
            names.add(e.name());
            changes.add(e.name() + " items start their sort key with " + s.prefix(e.name())
                    + " and are identified by " + String.join(", ", e.identifierNames()));
        }
        s.step(id(), true, "One item per entity instance, told apart by a key prefix",
                "Each entity instance is one item. Its sort key starts with the entity's prefix, so items of"
                        + " different entities can live in the same partition (an item collection) and a Query"
                        + " can ask for one entity with begins_with. The identifier attributes always end up in"
                        + " the primary key, which keeps every item's key unique.",
                names, null, changes);
    }
}
