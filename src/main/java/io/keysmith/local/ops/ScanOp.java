package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.PartKey;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scan: every item of a table or index in partition token order, one page at a time. Segment {@code s} of
 * {@code n} covers the tokens from {@code s/n} to {@code (s+1)/n} of the token space, so segments are
 * disjoint and together cover everything.
 */
public final class ScanOp {

    private final Catalog catalog;

    public ScanOp(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode scan(JsonNode request) {
        Integer segment = Requests.optionalInt(request, "Segment", 0, 999_999);
        Integer total = Requests.optionalInt(request, "TotalSegments", 1, 1_000_000);
        if (segment != null && total == null) {
            throw DynamoException.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }
        if (total != null && segment == null) {
            throw DynamoException.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
        }
        if (segment != null && segment >= total) {
            throw DynamoException.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + segment + " is not less than TotalSegments: " + total);
        }
        ReadRequest read = ReadRequest.parse(catalog, request, "Scanning", input -> {
            if (request.get("KeyConditionExpression") != null) {
                throw DynamoException.validation("Scan does not accept a KeyConditionExpression");
            }
        });
        int s = segment == null ? 0 : segment;
        int n = total == null ? 1 : total;
        return PageReader.read(source(read, s, n), read, Capacity.mode(request));
    }

    private static Iterator<byte[]> source(ReadRequest read, int segment, int total) {
        Map<String, Value> start = read.exclusiveStart();
        if (read.index() == null) {
            Table table = read.table();
            PrimaryKey key = start == null ? null : PrimaryKey.of(table.schema().key(), start);
            Value after = key == null ? null : key.range() == null ? Table.NO_SORT : key.range();
            PartKey from = key == null ? null : PartKey.of(key.hash());
            return new Flat<>(segment(table.partitions(), segment, total, from), from, after);
        }
        IndexStore index = read.index();
        IndexStore.Place place = start == null ? null : index.place(PrimaryKey.of(read.table().schema().key(), start), start);
        PartKey from = place == null ? null : place.part();
        return new Flat<>(segment(index.partitions(), segment, total, from), from, place == null ? null : place.key());
    }

    private static <T> NavigableMap<PartKey, T> segment(NavigableMap<PartKey, T> partitions, int segment, int total, PartKey from) {
        NavigableMap<PartKey, T> view = partitions.tailMap(PartKey.firstAt(PartKey.segmentStart(segment, total)), true);
        if (segment + 1 < total) {
            view = view.headMap(PartKey.firstAt(PartKey.segmentStart(segment + 1, total)), false);
        }
        return from == null ? view : view.tailMap(from, true);
    }

    /** The items of consecutive partitions; in the first, only those after {@code after} when given. */
    private static final class Flat<K> implements Iterator<byte[]> {
        private final Iterator<? extends Map.Entry<PartKey, ? extends NavigableMap<K, byte[]>>> partitions;
        private final PartKey afterPart;
        private K after;
        private Iterator<byte[]> current = Collections.emptyIterator();

        Flat(NavigableMap<PartKey, ? extends NavigableMap<K, byte[]>> partitions, PartKey afterPart, K after) {
            this.partitions = partitions.entrySet().iterator();
            this.afterPart = afterPart;
            this.after = after;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!partitions.hasNext()) {
                    return false;
                }
                Map.Entry<PartKey, ? extends NavigableMap<K, byte[]>> next = partitions.next();
                NavigableMap<K, byte[]> partition = next.getValue();
                boolean resume = after != null && next.getKey().equals(afterPart);
                current = (resume ? partition.tailMap(after, false) : partition).values().iterator();
                after = null;
            }
            return true;
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

}
