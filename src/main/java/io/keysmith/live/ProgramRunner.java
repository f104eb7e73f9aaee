package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.ItemRenderer;
import io.keysmith.design.Design;
import io.keysmith.design.Table;
import io.keysmith.design.program.ItemValue;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.design.program.Scope;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Executes a write pattern's program literally, request after request, as the README's "Write
 * plans are programs" defines it: read steps fill {@code current}, writes are rendered from the
 * scopes and sent, transactions keep the parts their {@code ifChanged}/{@code ifUnchanged} let
 * run; a collecting read keeps every item it finds and a {@code forEach} write is sent once per
 * item, or in BatchWriteItem calls of {@code batchSize} items (unprocessed ones resent with
 * backoff) when it is a batch. A failed condition (or a required read that found nothing) is a refusal, as an
 * application sees it; any other error of DynamoDB is thrown.
 */
final class ProgramRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramRunner.class);

    /** How a program ended. */
    enum Outcome {
        DONE,
        REFUSED
    }

    private final DynamoDbClient client;
    private final Design design;
    private final Model model;

    ProgramRunner(DynamoDbClient client, Design design, Model model) {
        this.client = client;
        this.design = design;
        this.model = model;
    }

    /** Runs the program with the pattern's parameters; {@code sent} receives each write as sent (for reports). */
    Outcome run(List<ProgramRequest> program, Map<String, Object> params, List<String> sent) {
        ProgramScopes scopes = new ProgramScopes(params);
        for (ProgramRequest r : program) {
            if (!runs(r, scopes)) {
                continue;
            }
            if (r.operation().isRead() && r.collect() != null) {
                scopes.collect(r.collect(), ProgramReads.collect(client, r, table(r.table()), scopes, params).stream()
                        .map(ProgramReads::plain).toList());
                continue;
            }
            if (r.operation().isRead()) {
                Optional<Map<String, AttributeValue>> found = ProgramReads.find(client, r, table(r.table()), scopes, params);
                found.ifPresent(item -> scopes.read(ProgramReads.plain(item)));
                if (found.isEmpty() && Boolean.TRUE.equals(r.required())) {
                    sent.add(r.operation().json() + " found nothing: refused");
                    return Outcome.REFUSED;
                }
                continue;
            }
            try {
                write(r, scopes, sent);
            } catch (ConditionalCheckFailedException e) {
                return Outcome.REFUSED;
            } catch (TransactionCanceledException e) {
                if (e.cancellationReasons().stream().map(CancellationReason::code).anyMatch("ConditionalCheckFailed"::equals)) {
                    return Outcome.REFUSED;
                }
                LOG.warn("transaction cancelled: {}", e.cancellationReasons(), e);
                throw e;
            }
        }
        return Outcome.DONE;
    }

    private void write(ProgramRequest r, ProgramScopes scopes, List<String> sent) {
        if (r.forEach() != null && r.operation() == Operation.BATCH_WRITE_ITEM) {
            batch(r, scopes.list(r.forEach()), sent);
            return;
        }
        if (r.forEach() != null) {
            // one request per collected item, its templates rendered from that item alone
            for (Map<String, Object> each : scopes.list(r.forEach())) {
                Map<String, Object> values = new LinkedHashMap<>(each);
                values.values().removeIf(java.util.Objects::isNull);
                render(r, new ProgramScopes(values)).ifPresent(w -> {
                    sent.add(w.toString());
                    w.send(client);
                });
            }
            return;
        }
        if (r.operation() == Operation.TRANSACT_WRITE_ITEMS) {
            List<TransactWriteItem> parts = new ArrayList<>();
            for (ProgramRequest part : r.parts() == null ? List.<ProgramRequest>of() : r.parts()) {
                if (runs(part, scopes)) {
                    render(part, scopes).ifPresent(w -> {
                        parts.add(w.part());
                        sent.add(w.toString());
                    });
                }
            }
            if (!parts.isEmpty()) {
                client.transactWriteItems(b -> b.transactItems(parts));
            }
            return;
        }
        Optional<RenderedWrite> w = render(r, scopes);
        if (w.isPresent()) {
            sent.add(w.get().toString());
            w.get().send(client);
        }
    }

    /**
     * The batch's parts for every item of the list, {@code batchSize} items a BatchWriteItem call,
     * each call resent until none of it is unprocessed before the next one (and the next step).
     */
    private void batch(ProgramRequest r, List<Map<String, Object>> list, List<String> sent) {
        int size = Math.max(1, r.batchSize() == null ? 1 : r.batchSize());
        for (int from = 0; from < list.size(); from += size) {
            Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
            for (Map<String, Object> each : list.subList(from, Math.min(list.size(), from + size))) {
                Map<String, Object> values = new LinkedHashMap<>(each);
                values.values().removeIf(java.util.Objects::isNull);
                ProgramScopes itemScopes = new ProgramScopes(values);
                for (ProgramRequest part : r.parts() == null ? List.<ProgramRequest>of() : r.parts()) {
                    render(part, itemScopes).ifPresent(w -> {
                        sent.add("BatchWriteItem " + w);
                        byTable.computeIfAbsent(w.table(), t -> new ArrayList<>()).add(w.batchRequest());
                    });
                }
            }
            if (!byTable.isEmpty()) {
                BatchWrites.untilProcessed(client, BatchWriteItemRequest.builder().requestItems(byTable).build(),
                        new java.util.concurrent.atomic.AtomicLong(), new CancelToken());
            }
        }
    }

    /** Whether the step's ifChanged / ifUnchanged let it run. */
    private static boolean runs(ProgramRequest r, ProgramScopes scopes) {
        return (r.ifChanged() == null || scopes.changed(r.ifChanged()))
                && (r.ifUnchanged() == null || !scopes.changed(r.ifUnchanged()));
    }

    /** The write with its templates rendered; empty when its key names an absent value (nothing to write). */
    Optional<RenderedWrite> render(ProgramRequest r, ProgramScopes scopes) {
        Table table = table(r.table());
        Placeholders p = new Placeholders();
        ProgramExpressions expressions = new ProgramExpressions(model, table, scopes, p);
        if (r.operation() == Operation.PUT_ITEM) {
            Map<String, AttributeValue> item = item(table, r.item(), scopes);
            if (!item.containsKey(table.partitionKey().name())
                    || table.sortKey() != null && !item.containsKey(table.sortKey().name())) {
                return Optional.empty();
            }
            return Optional.of(new RenderedWrite(r.operation(), table.name(), null, item, null, expressions.condition(r.condition()), p));
        }
        Optional<Map<String, AttributeValue>> key = key(table, r.key(), scopes.values(r.keyScope()));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String update = r.operation() == Operation.UPDATE_ITEM ? expressions.update(r.update()) : null;
        return Optional.of(new RenderedWrite(r.operation(), table.name(), key.get(), null, update, expressions.condition(r.condition()), p));
    }

    /** A put's item: each attribute rendered from its scope, left out when absent (unless ifMissing) or when its when fails. */
    private static Map<String, AttributeValue> item(Table table, List<ItemValue> values, ProgramScopes scopes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        Instance after = new Instance("", scopes.values(Scope.NEW));
        for (ItemValue v : values == null ? List.<ItemValue>of() : values) {
            if (v.when() != null && !ItemRenderer.holds(v.when(), after)) {
                continue;
            }
            Scope from = v.from() == null ? Scope.NEW : v.from();
            Optional<AttributeValue> rendered = v.value() == null ? Optional.empty()
                    : TemplateValues.of(table, v.attribute(), v.value(), scopes.values(from));
            if (rendered.isPresent()) {
                item.put(v.attribute(), rendered.get());
            } else if (v.ifMissing() != null) {
                item.put(v.attribute(), AttributeValues.of(v.ifMissing()));
            }
        }
        return item;
    }

    /** A primary key rendered and typed by the table's key declarations; empty when a value is absent. */
    static Optional<Map<String, AttributeValue>> key(Table table, Map<String, String> templates, Map<String, Object> values) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        if (templates == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : templates.entrySet()) {
            Optional<AttributeValue> v = TemplateValues.of(table, e.getKey(), e.getValue(), values);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            key.put(e.getKey(), v.get());
        }
        return Optional.of(key);
    }

    private Table table(String name) {
        return design.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> {
                    if (name == null && design.tables().size() == 1) {
                        return design.tables().get(0);
                    }
                    throw new IllegalArgumentException("the program names an unknown table " + name);
                });
    }
}
