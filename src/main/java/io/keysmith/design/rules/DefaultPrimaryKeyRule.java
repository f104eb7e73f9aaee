package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives entities that no read pattern keyed a base table key: under their parent's partition
 * when the identifier holds the parent's key, else a partition of their own.
 */
final class DefaultPrimaryKeyRule implements Rule {

    @Override
    public String id() {
        return "default-primary-key";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (s.layout(e.name(), 0) != null || s.embedding(e.name()) != null) {
                continue;
            }
            Layout chosen = null;
            for (DesignState.Link link : s.parentLinks(e.name())) {
                if (e.identifierNames().containsAll(link.foreignKey()) && link.foreignKey().size() < e.identifierNames().size()
                        && link.foreignKey().stream().allMatch(a -> s.stable(e.name(), a))) {
                    chosen = new Layout(e.name(), 0, s.prefix(link.parent()), link.foreignKey(), List.of(), null);
                    break;
                }
            }
            if (chosen == null) {
                chosen = new Layout(e.name(), 0, s.prefix(e.name()), e.identifierNames(), List.of(), null);
            }
            s.add(chosen);
            entities.add(e.name());
            changes.add(e.name() + ": PK " + Keys.pkTemplate(chosen) + ", SK " + Keys.skTemplate(s, chosen));
        }
        s.step(id(), !entities.isEmpty(), "Base table keys for entities no read pattern keyed",
                entities.isEmpty() ? "Not applicable because every entity got its key from a read pattern."
                        : "These entities are written but no read pattern chose their key: they go under their parent's"
                                + " partition when their identifier holds the parent's key, else into their own partition.",
                entities, null, changes);
    }
}
