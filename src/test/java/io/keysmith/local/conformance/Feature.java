package io.keysmith.local.conformance;

import java.util.Set;

/**
 * DynamoDB behaviour that not every implementation the suite runs against has. A test that
 * needs one is marked {@link Requires} and skipped, with the reason, where it is missing.
 */
public enum Feature {
    TRANSACTIONS("dynalite 4.0.0 has no TransactWriteItems or TransactGetItems", Implementation.DYNALITE),
    /** UpdateTable's GlobalSecondaryIndexUpdates Create and Delete (Developer Guide, "Managing global secondary indexes"). */
    ONLINE_INDEX_CHANGES("dynalite 4.0.0's UpdateTable only changes throughput; it neither adds nor deletes a GSI",
            Implementation.DYNALITE),
    /** ReturnValuesOnConditionCheckFailure on PutItem, UpdateItem and DeleteItem (DynamoDB, June 2023). */
    RETURN_ITEM_ON_CONDITION_FAILURE("dynalite 4.0.0 predates ReturnValuesOnConditionCheckFailure on single-item writes",
            Implementation.DYNALITE),
    /** Scan: "If you provide Segment, you must also provide TotalSegments" (API Reference, Scan) — also for Segment 0. */
    SEGMENT_ZERO_NEEDS_TOTAL("dynalite 4.0.0 takes Segment 0 without TotalSegments (it tests the Segment for truth)",
            Implementation.DYNALITE),
    TIME_TO_LIVE("dynalite 4.0.0 has no UpdateTimeToLive or DescribeTimeToLive", Implementation.DYNALITE),
    /**
     * Expired items gone within seconds. DynamoDB deletes them "within a few days" (Developer Guide,
     * "How it works: DynamoDB Time to Live"), so only our engine promises this.
     */
    PROMPT_EXPIRY("only Keysmith's engine deletes expired items within seconds; DynamoDB takes up to a few days",
            Implementation.DYNALITE, Implementation.AWS, Implementation.OTHER),
    /** ConsumedCapacity of GSI writes ("Provisioned throughput considerations for Global Secondary Indexes"). */
    DELETION_PROTECTION("dynalite 4.0.0 predates deletion protection (DynamoDB, March 2023)", Implementation.DYNALITE),
    INDEX_CAPACITY("dynalite 4.0.0 counts no capacity for GSI writes", Implementation.DYNALITE),
    MULTI_ATTRIBUTE_KEYS("dynalite 4.0.0 predates multi-attribute GSI keys (DynamoDB, November 2025)", Implementation.DYNALITE),
    /**
     * DynamoDB refuses an empty String or Binary as a secondary index key (Developer Guide, "Supported
     * data types and naming rules": empty values are not allowed for key attributes of tables and
     * indexes); dynalite 4.0.0 accepts it and indexes the item.
     */
    EMPTY_INDEX_KEY_REFUSED("dynalite 4.0.0 accepts an empty string as a secondary index key", Implementation.DYNALITE);

    private final String missingBecause;
    private final Set<Implementation> missingFrom;

    Feature(String missingBecause, Implementation... missingFrom) {
        this.missingBecause = missingBecause;
        this.missingFrom = Set.of(missingFrom);
    }

    public boolean supportedBy(Implementation implementation) {
        return !missingFrom.contains(implementation);
    }

    public String missingBecause() {
        return missingBecause;
    }
}
