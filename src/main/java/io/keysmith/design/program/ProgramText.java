package io.keysmith.design.program;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.PresentWhen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A program as lines a reviewer can check request by request: operation, table and index, key,
 * item or update actions, conditions and when the step runs. Shown in the review document and the
 * Design tab; the JSON stays the source the runners execute.
 */
public final class ProgramText {

    private ProgramText() {
    }

    /** One line per request, the parts of a transaction indented under it. */
    public static List<String> lines(List<ProgramRequest> program) {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (ProgramRequest r : program) {
            if (r.operation() == Operation.BATCH_WRITE_ITEM) {
                out.add(n + ". BatchWriteItem for each item of " + r.forEach() + ", " + r.batchSize()
                        + " items a call, unprocessed ones resent (templates from that item):");
                char part = 'a';
                for (ProgramRequest p : r.parts()) {
                    out.add("   " + part++ + ". " + line(p));
                }
            } else if (r.parts() != null) {
                out.add(n + ". TransactWriteItems (all or nothing):");
                char part = 'a';
                for (ProgramRequest p : r.parts()) {
                    out.add("   " + part++ + ". " + line(p));
                }
            } else {
                out.add(n + ". " + line(r));
            }
            n++;
        }
        return out;
    }

    static String line(ProgramRequest r) {
        StringBuilder b = new StringBuilder(r.operation().json());
        b.append(' ').append(r.table() == null ? "" : r.table());
        if (r.index() != null) {
            b.append('.').append(r.index());
        }
        if (r.key() != null) {
            b.append(" key ").append(keys(r.key())).append(r.keyScope() == Scope.CURRENT ? " (stored values)" : "");
        }
        if (r.keyCondition() != null) {
            b.append(" where ").append(r.keyCondition().entrySet().stream().map(e -> condition(e.getKey(), e.getValue()))
                    .collect(Collectors.joining(" AND ")));
        }
        if (r.filter() != null) {
            b.append(", keeping ").append(String.join(", ", r.filter().stream().map(a -> a + " = {" + a + "}").toList()));
        }
        if (Boolean.TRUE.equals(r.consistentRead())) {
            b.append(", consistent");
        }
        if (r.forEach() != null) {
            b.append(" for each item of ").append(r.forEach()).append(" (templates from that item)");
        }
        if (r.collect() != null) {
            b.append(" -> every item, all pages, into list ").append(r.collect());
        }
        if (r.into() != null) {
            b.append(" -> ").append(r.into().json()).append(Boolean.TRUE.equals(r.required()) ? " (refused if missing)" : "");
        }
        if (r.item() != null) {
            b.append(" item {").append(r.item().stream().map(ProgramText::value).collect(Collectors.joining(", "))).append('}');
        }
        if (r.update() != null) {
            b.append(' ').append(r.update().stream().map(ProgramText::action).collect(Collectors.joining(", ")));
        }
        if (r.condition() != null) {
            b.append(" if ").append(r.condition().stream().map(ProgramText::check).collect(Collectors.joining(" AND ")));
        }
        if (r.ifChanged() != null) {
            b.append(" [only when ").append(String.join(", ", r.ifChanged())).append(" changes]");
        }
        if (r.ifUnchanged() != null) {
            b.append(" [only when ").append(String.join(", ", r.ifUnchanged())).append(" stays]");
        }
        return b.toString();
    }

    private static String keys(Map<String, String> key) {
        return key.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String condition(String key, KeyCondition c) {
        return c.value() instanceof List<?> l ? key + " " + c.op() + " " + l.stream().map(String::valueOf)
                .collect(Collectors.joining(" AND ")) : key + " " + c.op() + " " + c.value();
    }

    private static String value(ItemValue v) {
        return v.attribute() + "=" + v.value() + when(v.when()) + (v.ifMissing() == null ? "" : " (else " + v.ifMissing() + ")");
    }

    private static String action(UpdateAction a) {
        String target = a.attribute() != null ? a.attribute() : String.join(".", a.path());
        String value = a.entity() != null ? "the whole " + a.entity() : a.value();
        return switch (a.action()) {
            case REMOVE -> "REMOVE " + target;
            case ADD -> "ADD " + target + " " + value;
            case SET -> "SET " + target + " = " + value + (a.when() == null ? "" : when(a.when()) + " else REMOVE");
        };
    }

    private static String check(Check c) {
        String target = c.attribute() != null ? c.attribute() : String.join(".", c.path());
        return switch (c.function()) {
            case ATTRIBUTE_EXISTS -> "attribute_exists(" + target + ")";
            case ATTRIBUTE_NOT_EXISTS -> "attribute_not_exists(" + target + ")";
            case EQUALS -> target + " = " + c.value() + (c.from() == Scope.CURRENT ? " as read" : "");
        };
    }

    private static String when(PresentWhen w) {
        if (w == null) {
            return "";
        }
        return " when " + w.attribute() + ("exists".equals(w.op()) ? " exists" : " " + w.op() + " " + w.value());
    }
}
