package io.keysmith.design.rules;

import io.keysmith.design.DesignInterrupted;
import io.keysmith.design.DesignState;
import java.util.List;

/** The engine's rules in the order they run: keys first, then indexes, plans, cost and limits. */
public final class RuleCatalog {

    private static final List<Rule> RULES = List.of(
            new EntityPrefixRule(),
            new EmbedBoundedChildrenRule(),
            new UniqueAttributeLookupRule(),
            new StrongReadBaseKeyRule(),
            new ItemCollectionRule(),
            new IdentifierTableKeyRule(),
            new BaseTableKeyRule(),
            new LsiForStrongReadRule(),
            new ReadAllRule(),
            new OverloadedGsiRule(),
            new ManyToManyAdjacencyRule(),
            new DefaultPrimaryKeyRule(),
            new IndexProjectionRule(),
            new DuplicateParentAttributesRule(),
            new TableLayoutRule(),
            new CollectionOrderRule(),
            new IdentifierMarkerRule(),
            new ReadPlanRule(),
            new WritePlanRule(),
            new WriteShardingRule(), // before capacity: a scatter-gather read costs one request per shard
            new CapacityRule(),
            new HotPartitionRule(),
            new LimitsRule());

    private RuleCatalog() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** Runs every rule on the state, in order; stops between rules when the thread is interrupted. */
    public static void run(DesignState state) {
        for (Rule rule : RULES) {
            DesignInterrupted.check("rule " + rule.id());
            rule.apply(state);
        }
    }
}
