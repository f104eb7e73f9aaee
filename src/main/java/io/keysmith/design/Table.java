package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keysmith.model.BillingMode;
import java.util.List;

/** A DynamoDB table of the design, with its indexes and the entities stored in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(
        String name,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        @JsonInclude(JsonInclude.Include.ALWAYS) String ttlAttribute,
        List<ItemRow> items,
        Capacity provisioned,
        Boolean streamEnabled) {

    public Table {
        globalSecondaryIndexes = Design.copy(globalSecondaryIndexes);
        localSecondaryIndexes = Design.copy(localSecondaryIndexes);
        items = Design.copy(items);
    }

    /** The same table storing the given rows. */
    public Table withItems(List<ItemRow> rows) {
        return new Table(name, partitionKey, sortKey, globalSecondaryIndexes, localSecondaryIndexes, billingMode, ttlAttribute,
                rows, provisioned, streamEnabled);
    }

    /** Read and write capacity units for provisioned billing. */
    public record Capacity(long readCapacityUnits, long writeCapacityUnits) {
    }
}
