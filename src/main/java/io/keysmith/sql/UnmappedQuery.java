package io.keysmith.sql;

/** Why a statement of the queries file gives no access pattern (thrown inside the mappers, reported with its position). */
final class UnmappedQuery extends Exception {

    UnmappedQuery(String reason) {
        super(reason, null, false, false);
    }
}
