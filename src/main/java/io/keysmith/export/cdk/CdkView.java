package io.keysmith.export.cdk;

import java.util.List;

/**
 * What the CDK templates print: user text already written as TypeScript string literals
 * ({@code SourceText.typescript}), comments ({@code SourceText.comment}), JSON or Markdown for
 * the file it lands in; identifiers are ASCII letters and digits.
 */
record CdkView(String stackClass, String stackFile, String packageName, String comment, String description,
        String descriptionJson, String modelMarkdown, String dynamodbImports, List<TableView> tables,
        int targetUtilization, CdkVersions versions, List<PolicyView> policies, List<CdkNames.Substituted> substituted) {

    public boolean hasPolicies() {
        return !policies.isEmpty();
    }

    public boolean hasSubstituted() {
        return !substituted.isEmpty();
    }

    public String dollar() {
        return io.keysmith.export.CloudFormationText.DOLLAR;
    }

    /**
     * One {@code TableV2}: {@code id} the ASCII identifier its construct, context key and outputs
     * are named after, {@code field} the stack's property, {@code tableName} the design's name as a
     * literal and {@code nameMarkdown} as inline code; {@code capacity} is null on demand.
     */
    record TableView(String id, String field, String tableName, String nameComment, String nameMarkdown, Key partitionKey,
            Key sortKey, Capacity capacity, List<IndexView> globalIndexes, List<IndexView> localIndexes,
            String ttlAttribute, boolean streams, List<Tag> tags) {

        public boolean hasGlobalIndexes() {
            return !globalIndexes.isEmpty();
        }

        public boolean hasLocalIndexes() {
            return !localIndexes.isEmpty();
        }
    }

    /** A key attribute: its name as a literal and its {@code AttributeType} member. */
    record Key(String name, String type) {
    }

    /** A secondary index; a local one has no partition key and no capacity of its own. */
    record IndexView(String name, Key partitionKey, Key sortKey, String projectionType, String nonKeyAttributes,
            Capacity capacity) {
    }

    /** Provisioned reads and writes of a table or GSI. */
    record Capacity(Autoscaled read, Autoscaled write) {
    }

    /** {@code Capacity.autoscaled}: from the designed units up to {@code Throughput.maxCapacity}. */
    record Autoscaled(long min, long max, int target) {
    }

    record Tag(String key, String value) {
    }

    /** An IAM managed policy ({@code --iam}): {@code id} ASCII, {@code variable} its local name in the constructor. */
    record PolicyView(String id, String variable, String description, List<StatementView> statements) {
    }

    /**
     * One statement: literals joined for an array ({@code actions}, {@code leadingKeys}) and
     * {@code resource} the TypeScript expression of the table's or index's ARN.
     */
    record StatementView(String sid, String actions, String resource, boolean scoped, String leadingKeys) {
    }
}
