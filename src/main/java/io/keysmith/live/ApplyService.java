package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.Table;
import io.keysmith.export.TableSpec;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The live table API for the CLI and the web app: {@link #plan} says what will happen,
 * {@link #apply} creates (or reuses) the tables and seeds them with progress and cancellation,
 * {@link #verify} runs every access pattern's plan against them.
 */
public final class ApplyService implements AutoCloseable {

    private final Connection connection;
    private final DynamoDbClient client;

    public ApplyService(Connection connection) {
        this.connection = connection;
        this.client = connection.client();
    }

    /** Opens the target; a target that cannot be opened gives a {@link LiveException} with one clear message. */
    public static ApplyService open(Target target) {
        try {
            return new ApplyService(Connection.open(target));
        } catch (RuntimeException e) {
            throw Failures.explain(target, e);
        }
    }

    public Target target() {
        return connection.target();
    }

    /** Reads the existing tables and decides, changing nothing. */
    public ApplyPlan plan(Model stated, Design given, ApplyOptions options) {
        // The edge entities the design stores for many-to-many relationships without "through".
        Model model = EdgeEntities.implied(stated);
        try {
            Design design = EmbeddedEntries.withHostKeys(given, model);
            List<TableAction> actions = new ArrayList<>();
            for (Table t : design.tables()) {
                actions.add(action(t, TableSpec.of(t, design, model), options));
            }
            SampleData data = new InstanceGenerator(model).generate(options.items(), options.seed());
            List<RenderedItem> all = new ItemRenderer(design).renderAll(data);
            List<RenderedItem> items = new ArrayList<>();
            Set<List<Object>> keys = new HashSet<>();
            for (RenderedItem i : all) {
                if (keys.add(PrimaryKey.of(design, i))) {
                    items.add(i);
                }
            }
            return new ApplyPlan(target().describe(), model, design, actions, data, items, all.size() - items.size());
        } catch (RuntimeException e) {
            throw Failures.explain(target(), e);
        }
    }

    private TableAction action(Table t, TableSpec spec, ApplyOptions options) {
        String wanted = TableSchema.canonical(TableSchema.createRequest(spec));
        TableDescription existing = describe(t.name());
        if (existing == null) {
            return new TableAction(t, spec, TableAction.Kind.CREATE, null, wanted, null);
        }
        String found = TableSchema.canonical(existing);
        if (options.empty()) {
            if (target().isAws() && !t.name().equals(options.confirm())) {
                return new TableAction(t, spec, TableAction.Kind.REFUSE, found, wanted, "table " + t.name()
                        + " exists on AWS; emptying it deletes it and needs --confirm " + t.name());
            }
            return new TableAction(t, spec, TableAction.Kind.REPLACE, found, wanted,
                    "exists; deleted and created again, empty" + (found.equals(wanted) ? "" : ", with the new schema"));
        }
        if (found.equals(wanted)) {
            return new TableAction(t, spec, TableAction.Kind.REUSE, found, wanted, "exists with the same schema; items are overwritten by key");
        }
        if (!options.replace()) {
            return new TableAction(t, spec, TableAction.Kind.REFUSE, found, wanted, "table " + t.name()
                    + " already exists with a different schema (" + found + "); use --replace to delete and recreate it"
                    + (target().isAws() ? " and --confirm " + t.name() : ""));
        }
        if (target().isAws() && !t.name().equals(options.confirm())) {
            return new TableAction(t, spec, TableAction.Kind.REFUSE, found, wanted, "table " + t.name()
                    + " exists on AWS with a different schema; deleting it needs --replace --confirm " + t.name());
        }
        return new TableAction(t, spec, TableAction.Kind.REPLACE, found, wanted, "exists with a different schema: " + found);
    }

    private TableDescription describe(String name) {
        try {
            return client.describeTable(b -> b.tableName(name)).table();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** Creates or reuses the tables, then writes the plan's items and counts them; {@code threads} 0 chooses for the target. */
    public SeedResult apply(ApplyPlan plan, SeedListener listener, CancelToken cancel, int threads) {
        if (plan.refused()) {
            throw new LiveException(plan.actions().stream().filter(TableAction::refused).findFirst().orElseThrow().reason());
        }
        try {
            long before = plan.actions().stream().anyMatch(a -> a.kind() == TableAction.Kind.REUSE) ? count(plan) : 0;
            prepareTables(plan);
            List<SeedWriter.TableItem> items = tableItems(plan);
            SeedResult result = new SeedWriter(client, threads > 0 ? threads : ApplyOptions.chosenFor(target()))
                    .write(items, listener, cancel);
            long counted = result.cancelled() ? -1 : count(plan);
            return new SeedResult(result.written(), counted, result.retries(), result.millis(), result.cancelled(), before);
        } catch (RuntimeException e) {
            throw Failures.explain(target(), e);
        }
    }

    /** Creates, replaces or keeps each table as planned and waits until they are active. */
    void prepareTables(ApplyPlan plan) {
        for (TableAction a : plan.actions()) {
            prepare(a);
        }
    }

    static List<SeedWriter.TableItem> tableItems(ApplyPlan plan) {
        return plan.items().stream()
                .map(i -> new SeedWriter.TableItem(i.table(), AttributeValues.item(i.attributes()))).toList();
    }

    private void prepare(TableAction a) {
        Table t = a.table();
        if (a.kind() == TableAction.Kind.REUSE) {
            return;
        }
        if (a.kind() == TableAction.Kind.REPLACE) {
            client.deleteTable(b -> b.tableName(t.name()));
            client.waiter().waitUntilTableNotExists(b -> b.tableName(t.name()));
        }
        client.createTable(TableSchema.createRequest(a.spec()));
        client.waiter().waitUntilTableExists(b -> b.tableName(t.name()));
        if (a.spec().ttlAttribute() != null) {
            client.updateTimeToLive(b -> b.tableName(t.name())
                    .timeToLiveSpecification(s -> s.attributeName(a.spec().ttlAttribute()).enabled(true)));
        }
    }

    /** Items in the plan's tables, by Scan with Select=COUNT. */
    public long count(ApplyPlan plan) {
        long n = 0;
        for (TableAction a : plan.actions()) {
            Counter c = new Counter();
            try {
                client.scanPaginator(b -> b.tableName(a.table().name()).select(Select.COUNT))
                        .forEach(page -> c.n += page.count());
            } catch (ResourceNotFoundException e) {
                continue; // not created yet
            }
            n += c.n;
        }
        return n;
    }

    private static final class Counter {
        long n;
    }

    /** Runs every access pattern's plan against the seeded tables. */
    public VerifyReport verify(ApplyPlan plan) {
        try {
            return new Verifier(client, plan).run();
        } catch (RuntimeException e) {
            throw Failures.explain(target(), e);
        }
    }

    DynamoDbClient client() {
        return client;
    }

    static AttributeValue av(Object value) {
        return AttributeValues.of(value);
    }

    @Override
    public void close() {
        connection.close();
    }
}
