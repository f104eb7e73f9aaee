package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.DynamoException.CancellationReason;
import io.keysmith.local.ErrorType;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.ItemCodec;
import io.keysmith.local.store.Mutation;
import io.keysmith.local.store.StripedLocks;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TransactWriteItems: up to 100 actions on distinct items, all or nothing. Takes every stripe involved in
 * ascending order, checks every condition, then applies every change and logs them as one record. A
 * ClientRequestToken seen in the last 10 minutes with the same request answers again without applying.
 */
public final class TransactWriteOp {

    static final long IDEMPOTENCY_MILLIS = 10 * 60 * 1000;

    private record Seen(String request, long atMillis, ObjectNode response) {}

    private final Catalog catalog;
    private final Map<String, Seen> tokens = new ConcurrentHashMap<>();

    public TransactWriteOp(Catalog catalog) {
        this.catalog = catalog;
    }

    public synchronized ObjectNode idempotent(JsonNode request) {
        String token = Requests.optionalString(request, "ClientRequestToken");
        long now = System.currentTimeMillis();
        tokens.values().removeIf(s -> now - s.atMillis() > IDEMPOTENCY_MILLIS);
        if (token == null) {
            return null;
        }
        Seen seen = tokens.get(token);
        if (seen == null) {
            return null;
        }
        if (!seen.request().equals(request.toString())) {
            throw new DynamoException(ErrorType.IDEMPOTENT_PARAMETER_MISMATCH,
                    "Specified idempotent token was used with different request parameters within the 10-minute idempotency window");
        }
        return seen.response().deepCopy();
    }

    public ObjectNode transactWrite(JsonNode request) {
        JsonNode elements = Requests.transactItems(request);
        ObjectNode replay = idempotent(request);
        if (replay != null) {
            return replay;
        }
        List<TransactAction> actions = new ArrayList<>();
        Set<List<Object>> items = new HashSet<>();
        for (JsonNode element : elements) {
            TransactAction action = TransactAction.parse(catalog, element);
            if (!items.add(List.of(action.table().name(), action.key()))) {
                throw DynamoException.validation("Transaction request cannot include multiple operations on one item");
            }
            actions.add(action);
        }
        Map<String, Capacity> capacities = apply(actions);
        ObjectNode response = Responses.object();
        Capacity.Mode mode = Capacity.mode(request);
        if (mode != Capacity.Mode.NONE) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            capacities.values().forEach(c -> list.add(c.toJson(mode)));
        }
        String token = Requests.optionalString(request, "ClientRequestToken");
        if (token != null) {
            tokens.put(token, new Seen(request.toString(), System.currentTimeMillis(), response.deepCopy()));
        }
        return response;
    }

    private Map<String, Capacity> apply(List<TransactAction> actions) {
        StripedLocks locks = catalog.locks();
        int[] held = locks.lockAll(actions.stream().mapToInt(a -> locks.stripe(a.table().name(), a.key().hash())).toArray());
        try {
            List<Map<String, Value>> olds = new ArrayList<>();
            List<Map<String, Value>> nows = new ArrayList<>();
            List<CancellationReason> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (TransactAction a : actions) {
                Map<String, Value> old = a.table().get(a.key());
                CancellationReason reason = CancellationReason.NONE;
                Map<String, Value> now = old;
                if (a.condition() != null && !a.condition().test(old == null ? Map.of() : old)) {
                    reason = new CancellationReason("ConditionalCheckFailed", "The conditional request failed", a.returnOld() ? old : null);
                } else {
                    try {
                        now = a.after(old);
                    } catch (DynamoException e) {
                        reason = new CancellationReason("ValidationError", e.getMessage(), null);
                    }
                }
                cancelled |= reason != CancellationReason.NONE;
                reasons.add(reason);
                olds.add(old);
                nows.add(now);
            }
            if (cancelled) {
                String codes = reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
                throw new DynamoException(ErrorType.TRANSACTION_CANCELED,
                        "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, null, reasons);
            }
            Map<String, Capacity> capacities = new LinkedHashMap<>();
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                TransactAction a = actions.get(i);
                Map<String, Value> old = olds.get(i);
                Map<String, Value> now = nows.get(i);
                Capacity capacity = capacities.computeIfAbsent(a.table().name(), n -> new Capacity(n, true));
                WriteCosts.add(capacity, a.table(), a.key(), old, now, 2);
                if (a.kind() == TransactAction.Kind.ConditionCheck || now == old) {
                    continue;
                }
                byte[] bytes = now == null ? null : ItemCodec.encode(now);
                a.table().apply(a.key(), old, now, bytes);
                mutations.add(ItemWriter.mutation(a.table(), a.key(), bytes));
            }
            catalog.journal().writes(mutations);
            return capacities;
        } finally {
            locks.unlockAll(held);
        }
    }
}
