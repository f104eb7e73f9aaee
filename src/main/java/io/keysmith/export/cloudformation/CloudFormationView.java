package io.keysmith.export.cloudformation;

import java.util.List;

/**
 * What the CloudFormation templates print, every user string already quoted for the target
 * (YAML or JSON); {@code last} flags let the JSON template place its commas.
 */
record CloudFormationView(String description, List<TableView> tables, List<ScalingView> scaling,
        List<PolicyView> policies) {

    /** {@code last}: the last table (parameters); {@code lastResource}/{@code lastOutput}: nothing follows it there. */
    record TableView(String outputPrefix, String logicalId, String parameterName, String defaultName, String parameterDescription,
            String billingMode, boolean provisioned, long read, long write,
            List<Named> attributeDefinitions, List<Named> keySchema,
            boolean hasGsis, List<IndexView> gsis, boolean hasLsis, List<IndexView> lsis,
            String ttlAttribute, boolean streams, List<Named> tags, boolean last, boolean lastResource, boolean lastOutput) {
    }

    record IndexView(String name, List<Named> keySchema, String projectionType, boolean hasNonKeyAttributes,
            List<Named> nonKeyAttributes, boolean provisioned, long read, long write, boolean last) {
    }

    /**
     * A scalable target and its target-tracking policy for the reads or writes of a table or GSI;
     * {@code index} is null for the table, {@code dimension} {@code table} or {@code index},
     * {@code kind} {@code Read} or {@code Write}.
     */
    record ScalingView(String targetId, String policyId, String policyName, String tableId, String index, String dimension,
            String kind, long min, long max, int target, boolean last) {
    }

    record PolicyView(String logicalId, String description, List<StatementView> statements, boolean last) {
    }

    record StatementView(String sid, List<Named> actions, List<ResourceView> resources, boolean scoped,
            List<Named> leadingKeys, boolean last) {
    }

    /** The ARN of a table resource, or of one of its indexes when {@code index} is set. */
    record ResourceView(String tableId, String index, boolean last) {
    }

    /** A name with a second value (attribute type, key type or tag value). */
    record Named(String name, String value, boolean last) {
    }
}
