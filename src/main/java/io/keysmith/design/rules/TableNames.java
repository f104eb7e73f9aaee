package io.keysmith.design.rules;

import io.keysmith.design.DesignState;

/** Which table an entity's items live in, as decided by {@link TableLayoutRule}. */
final class TableNames {

    private TableNames() {
    }

    static String tableFor(DesignState s, String entity) {
        return s.tableOf(entity);
    }
}
