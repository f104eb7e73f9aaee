package io.keysmith.local.table;

/** How a table is billed. */
public enum BillingMode {
    PROVISIONED, PAY_PER_REQUEST
}
