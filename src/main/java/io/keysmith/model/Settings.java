package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Table-wide settings of a model; every field is optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(String tableName, TableStyle style, BillingMode billingMode) {

    public static final Settings DEFAULT = new Settings(null, null, null);

    public TableStyle styleOrDefault() {
        return style == null ? TableStyle.SINGLE_TABLE : style;
    }

    public BillingMode billingModeOrDefault() {
        return billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
    }
}
