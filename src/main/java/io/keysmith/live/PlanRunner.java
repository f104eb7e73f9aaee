package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a pattern's plan as an application would: key templates filled from the request
 * parameters (and, for later requests of a multi-request plan, from the items earlier requests
 * returned), every page read until the pattern's limit is reached. The requests themselves are
 * built by {@link KeyLookup}, {@link PagedQuery} and {@link PagedScan}. Items of an
 * {@code intermediate} request (a uniqueness marker naming the item) only fill later requests.
 */
final class PlanRunner {

    /** The items a plan returned, in order, with the capacity it consumed. */
    record Run(List<Returned> items, double capacity, String problem) {
    }

    /** An item returned by a request, with the table it came from. */
    record Returned(String table, Map<String, AttributeValue> item) {
    }

    private final DynamoDbClient client;
    private final Design design;

    PlanRunner(DynamoDbClient client, Design design) {
        this.client = client;
        this.design = design;
    }

    Run run(PatternPlan plan, AccessPattern pattern, Map<String, Object> params, Predicate<Returned> isMain) {
        List<PatternPlan> requests = plan.requests() != null ? plan.requests() : List.of(plan);
        List<Returned> items = new ArrayList<>();
        // every item fills later requests; only those of requests that are not intermediate answer
        List<Returned> answer = new ArrayList<>();
        double capacity = 0;
        for (PatternPlan r : requests) {
            PatternPlan request = r;
            Table table = table(r.table() == null ? plan.table() : r.table());
            if (table == null) {
                return new Run(answer, capacity, "the plan names an unknown table " + r.table());
            }
            List<Map<String, Object>> fills = KeyValues.fills(request, params, items);
            if (fills.isEmpty() && r != requests.get(0)) {
                continue; // the earlier requests found nothing to follow (no marker for that value): an empty answer
            }
            if (fills.isEmpty()) {
                return new Run(answer, capacity, "cannot fill the key templates of " + request.operation()
                        + " from the pattern's parameters");
            }
            for (Map<String, Object> fill : fills) {
                Run one = request.shards() == null ? one(request, table, pattern, fill, isMain)
                        : ShardGather.run(request, table, pattern, fill, isMain, f -> one(request, table, pattern, f, isMain));
                if (one.problem() != null) {
                    return new Run(answer, capacity, one.problem());
                }
                items.addAll(one.items());
                if (!Boolean.TRUE.equals(r.intermediate())) {
                    answer.addAll(one.items());
                }
                capacity += one.capacity();
            }
        }
        return new Run(answer, capacity, null);
    }

    private Run one(PatternPlan request, Table table, AccessPattern pattern, Map<String, Object> fill,
            Predicate<Returned> isMain) {
        return switch (String.valueOf(request.operation())) {
            case "GetItem", "BatchGetItem" -> KeyLookup.run(client, request, table, fill);
            case "Query" -> PagedQuery.run(client, request, table, pattern, fill, isMain);
            case "Scan" -> PagedScan.run(client, request, table, pattern, fill);
            default -> new Run(List.of(), 0, "operation " + request.operation() + " is not a read");
        };
    }

    private Table table(String name) {
        return design.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElse(design.tables().size() == 1 && name == null ? design.tables().get(0) : null);
    }
}
