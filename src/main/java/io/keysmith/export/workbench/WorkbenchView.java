package io.keysmith.export.workbench;

import java.util.List;

/** What the Workbench template prints: JSON-quoted strings and items already encoded as DynamoDB JSON. */
record WorkbenchView(String modelName, String date, String description, List<TableView> tables, String keysmith) {

    /** The same view carrying Keysmith's section ({@link KeysmithSection}). */
    WorkbenchView withKeysmith(String section) {
        return new WorkbenchView(modelName, date, description, tables, section);
    }

    record TableView(String name, Key partitionKey, Key sortKey, List<Key> nonKeyAttributes, List<FacetView> facets,
            boolean hasGsis, List<IndexView> gsis, String billingMode, boolean provisioned, long read, long write,
            boolean last) {
    }

    record FacetView(String name, String partitionKeyAlias, String sortKeyAlias, List<Line> items,
            List<Line> nonKeyAttributes, boolean last) {
    }

    record IndexView(String name, Key partitionKey, Key sortKey, String projectionType, boolean hasNonKeyAttributes,
            List<Line> nonKeyAttributes, boolean last) {
    }

    record Key(String name, String type, boolean last) {
    }

    record Line(String text, boolean last) {
    }
}
