package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic errors found while parsing one expression: DynamoDB reports one of them, chosen by kind
 * in an order that differs per language, not by position, so the parser collects them first.
 */
final class Problems {

    enum Kind { PARENS, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED, SECTION, UNDEFINED, OVERLAP, CONFLICT, OPERAND, COUNT, DISTINCT, FUNCTION }

    static final List<Kind> CONDITION = List.of(Kind.PARENS, Kind.UNKNOWN_FUNCTION, Kind.MISUSED_FUNCTION,
            Kind.RESERVED, Kind.UNDEFINED, Kind.COUNT, Kind.DISTINCT, Kind.FUNCTION);
    static final List<Kind> UPDATE = List.of(Kind.RESERVED, Kind.UNKNOWN_FUNCTION, Kind.SECTION, Kind.UNDEFINED,
            Kind.OVERLAP, Kind.CONFLICT, Kind.OPERAND, Kind.COUNT, Kind.FUNCTION);
    static final List<Kind> PROJECTION = List.of(Kind.RESERVED, Kind.UNDEFINED, Kind.OVERLAP, Kind.CONFLICT);

    private final String clause;
    private final List<Kind> order;
    private final Map<Kind, String> first = new EnumMap<>(Kind.class);

    Problems(String clause, List<Kind> order) {
        this.clause = clause;
        this.order = order;
    }

    void add(Kind kind, String message) {
        first.putIfAbsent(kind, message);
    }

    void throwIfAny() {
        for (Kind kind : order) {
            if (first.containsKey(kind)) {
                throw invalid(clause, first.get(kind));
            }
        }
    }

    static DynamoException invalid(String clause, String message) {
        return DynamoException.validation("Invalid " + clause + ": " + message);
    }
}
