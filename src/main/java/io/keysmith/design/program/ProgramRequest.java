package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keysmith.design.KeyCondition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of a program, run in order. Reads ({@code GetItem}, {@code Query}, {@code Scan})
 * put the one item they find {@code into} a scope for later steps ({@code filter}: attributes
 * that must equal the parameters); when {@code required} and nothing is found the write is
 * refused as a failed condition. Writes name their {@code key} (templates rendered from
 * {@code keyFrom}), the {@code item} of a put, the {@code update} actions, and the
 * {@code condition}; a {@code TransactWriteItems} holds its {@code parts}. A step or part runs
 * only when one of {@code ifChanged} differs between the current and the new values, or when none
 * of {@code ifUnchanged} does.
 *
 * <p>Two optional fields express "every item a read finds, then one write per item" (the edges of
 * a many-to-many side deleted with it): a {@code Query} or {@code Scan} with {@code collect}
 * reads every page and puts every item that passes its {@code filter} into the list of that name
 * (instead of one item {@code into} a scope; none found is not a refusal); a write with
 * {@code forEach} names such a list and is sent once per item of it, in order, its templates
 * ({@code key}, {@code item}, {@code condition}) rendered from that item alone. A {@code forEach}
 * write is never a part of a transaction: a list may hold more items than one transaction takes.
 * A {@code BatchWriteItem} with {@code forEach} holds its {@code parts} (a {@code DeleteItem} or
 * {@code PutItem} without condition, as BatchWriteItem takes none) and sends them for
 * {@code batchSize} items of the list a call (at most the 25 requests DynamoDB takes a call), in
 * the list's order; requests a call leaves unprocessed are resent with backoff until none is
 * left, and the next step runs only then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramRequest(
        Operation operation,
        String table,
        String index,
        Map<String, String> key,
        Scope keyFrom,
        Map<String, KeyCondition> keyCondition,
        List<String> filter,
        Boolean consistentRead,
        Scope into,
        Boolean required,
        List<ItemValue> item,
        List<UpdateAction> update,
        List<Check> condition,
        List<String> ifChanged,
        List<String> ifUnchanged,
        List<ProgramRequest> parts,
        String purpose,
        String collect,
        String forEach,
        Integer batchSize) {

    /** The most requests DynamoDB takes in one BatchWriteItem call. */
    public static final int MAX_BATCH_WRITE = 25;

    public ProgramRequest {
        key = key == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(key));
        keyCondition = keyCondition == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(keyCondition));
        filter = empty(filter);
        item = empty(item);
        update = empty(update);
        condition = empty(condition);
        ifChanged = empty(ifChanged);
        ifUnchanged = empty(ifUnchanged);
        parts = empty(parts);
    }

    /** A request that neither collects a list nor runs for each item of one. */
    public ProgramRequest(Operation operation, String table, String index, Map<String, String> key, Scope keyFrom,
            Map<String, KeyCondition> keyCondition, List<String> filter, Boolean consistentRead, Scope into, Boolean required,
            List<ItemValue> item, List<UpdateAction> update, List<Check> condition, List<String> ifChanged,
            List<String> ifUnchanged, List<ProgramRequest> parts, String purpose) {
        this(operation, table, index, key, keyFrom, keyCondition, filter, consistentRead, into, required, item, update, condition,
                ifChanged, ifUnchanged, parts, purpose, null, null, null);
    }

    /** A request that collects a list or runs for each item of one, one item a call. */
    public ProgramRequest(Operation operation, String table, String index, Map<String, String> key, Scope keyFrom,
            Map<String, KeyCondition> keyCondition, List<String> filter, Boolean consistentRead, Scope into, Boolean required,
            List<ItemValue> item, List<UpdateAction> update, List<Check> condition, List<String> ifChanged,
            List<String> ifUnchanged, List<ProgramRequest> parts, String purpose, String collect, String forEach) {
        this(operation, table, index, key, keyFrom, keyCondition, filter, consistentRead, into, required, item, update, condition,
                ifChanged, ifUnchanged, parts, purpose, collect, forEach, null);
    }

    /**
     * A BatchWriteItem that sends the given write (rendered from each item) for every item of the
     * list, {@code batchSize} items a call.
     */
    public static ProgramRequest batchForEach(ProgramRequest write, String list, int batchSize, String purpose) {
        return new ProgramRequest(Operation.BATCH_WRITE_ITEM, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(write), purpose, null, list, batchSize);
    }

    /** The same request on another table (a scratch copy's), the parts of a transaction too. */
    public ProgramRequest onTable(java.util.function.UnaryOperator<String> rename) {
        return new ProgramRequest(operation, rename.apply(table), index, key, keyFrom, keyCondition, filter, consistentRead, into,
                required, item, update, condition, ifChanged, ifUnchanged,
                parts == null ? null : parts.stream().map(p -> p.onTable(rename)).toList(), purpose, collect, forEach, batchSize);
    }

    private static <T> List<T> empty(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }

    /** The scope the key templates are rendered from ({@code new} unless said). */
    public Scope keyScope() {
        return keyFrom == null ? Scope.NEW : keyFrom;
    }

    /** The parts of a transaction or a batch, or this request alone. */
    public List<ProgramRequest> writes() {
        return parts != null ? parts : List.of(this);
    }

    /** Every request of a program in order, the parts of a transaction or a batch in its place. */
    public static List<ProgramRequest> leaves(List<ProgramRequest> program) {
        List<ProgramRequest> out = new java.util.ArrayList<>();
        for (ProgramRequest r : program) {
            out.addAll(r.parts != null ? r.parts : List.of(r));
        }
        return out;
    }

    /**
     * The base table key the request addresses, as templates: its {@code key}, or for a put the
     * item's values of the given key attributes; null for a query or scan.
     */
    public Map<String, String> addressedKey(List<String> keyNames) {
        if (key != null) {
            return key;
        }
        if (item == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (ItemValue v : item) {
            if (keyNames.contains(v.attribute())) {
                out.put(v.attribute(), v.value());
            }
        }
        return out;
    }
}
