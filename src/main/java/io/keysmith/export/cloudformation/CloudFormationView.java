package io.keysmith.export.cloudformation;

import java.util.List;

/**
 * What the CloudFormation templates print, every user string already quoted for the target
 * (YAML or JSON); {@code last} flags let the JSON template place its commas.
 */
record CloudFormationView(String description, List<TableView> tables) {

    record TableView(String outputPrefix, String logicalId, String parameterName, String defaultName, String parameterDescription,
            String billingMode, boolean provisioned, long read, long write,
            List<Named> attributeDefinitions, List<Named> keySchema,
            boolean hasGsis, List<IndexView> gsis, boolean hasLsis, List<IndexView> lsis,
            String ttlAttribute, boolean streams, List<Named> tags, boolean last) {
    }

    record IndexView(String name, List<Named> keySchema, String projectionType, boolean hasNonKeyAttributes,
            List<Named> nonKeyAttributes, boolean provisioned, long read, long write, boolean last) {
    }

    /** A name with a second value (attribute type, key type or tag value). */
    record Named(String name, String value, boolean last) {
    }
}
