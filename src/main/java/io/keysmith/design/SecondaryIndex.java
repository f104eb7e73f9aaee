package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A global or local secondary index. An LSI's partition key is the table's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondaryIndex(String name, KeyAttribute partitionKey, KeyAttribute sortKey, Projection projection) {
}
