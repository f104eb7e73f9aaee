package io.keysmith.local.ops;

import io.keysmith.local.store.EncodedItems;
import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.ItemCodec;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one page of a Query or Scan from encoded items in order: counts every item read against Limit and
 * the 1 MB page, applies the filter after the read, shapes what is returned, and sets LastEvaluatedKey
 * (the table's keys, plus the index's keys for an index) when the page stopped early.
 */
final class PageReader {

    static final long PAGE_BYTES = 1024 * 1024;

    private PageReader() {}

    static ObjectNode read(Iterator<byte[]> source, ReadRequest request, Capacity.Mode mode) {
        IndexStore index = request.index();
        boolean global = index != null && index.schema().global();
        ObjectNode response = Responses.object();
        ArrayNode items = request.select() == Select.COUNT ? null : response.putArray("Items");
        if (request.filter() == null && returnsWhole(request)) {
            return wholeItems(source, request, mode, response);
        }
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        Map<String, Value> last = null;
        boolean stopped = false;
        while (source.hasNext()) {
            Map<String, Value> full = ItemCodec.decode(source.next());
            Map<String, Value> visible = global ? index.project(full) : full;
            bytes += ItemSize.of(visible);
            scanned++;
            last = full;
            if (request.filter() == null || request.filter().test(visible)) {
                count++;
                if (items != null) {
                    items.add(ValueJson.writeItem(shape(request, visible)));
                }
            }
            if ((request.limit() != null && scanned >= request.limit()) || bytes >= PAGE_BYTES) {
                stopped = true;
                break;
            }
        }
        if (items != null) {
            response.remove("Items");
            response.set("Items", items);
        }
        return finish(response, request, mode, count, scanned, stopped ? last : null, bytes);
    }

    /**
     * The usual page: no filter, every attribute of the item returned. Items are sized and written from their
     * stored bytes; only the last one is decoded, for LastEvaluatedKey.
     */
    private static ObjectNode wholeItems(Iterator<byte[]> source, ReadRequest request, Capacity.Mode mode, ObjectNode response) {
        // the items themselves, not copies: stored arrays are replaced on write, never changed
        List<byte[]> items = request.select() == Select.COUNT ? null
                : new ArrayList<>(request.limit() == null ? 16 : Math.min(request.limit(), 1000));
        int scanned = 0;
        long bytes = 0;
        byte[] last = null;
        boolean stopped = false;
        while (source.hasNext()) {
            byte[] encoded = source.next();
            bytes += EncodedItems.size(encoded);
            scanned++;
            last = encoded;
            if (items != null) {
                items.add(encoded);
            }
            if ((request.limit() != null && scanned >= request.limit()) || bytes >= PAGE_BYTES) {
                stopped = true;
                break;
            }
        }
        if (items != null) {
            response.putPOJO("Items", new StoredItemsJson(items));
        }
        return finish(response, request, mode, scanned, scanned, stopped && last != null ? ItemCodec.decode(last) : null, bytes);
    }

    /** Whether every item read is returned whole: no projection, and an index (if any) that projects everything. */
    private static boolean returnsWhole(ReadRequest request) {
        return request.projection() == null && (request.index() == null || request.index().projectsAll());
    }

    private static ObjectNode finish(ObjectNode response, ReadRequest request, Capacity.Mode mode, int count, int scanned,
            Map<String, Value> last, long bytes) {
        IndexStore index = request.index();
        response.put("Count", count);
        response.put("ScannedCount", scanned);
        if (last != null) {
            response.set("LastEvaluatedKey", ValueJson.writeItem(lastKey(request.table().schema(), index, last)));
        }
        Capacity capacity = new Capacity(request.table().name(), false);
        double units = Capacity.read(bytes, request.consistent());
        if (index == null) {
            capacity.addTable(units);
        } else {
            capacity.addTable(0);
            capacity.addIndex(index.schema().name(), index.schema().global(), units);
        }
        Responses.capacity(response, capacity, mode);
        return response;
    }

    private static Map<String, Value> shape(ReadRequest request, Map<String, Value> visible) {
        if (request.projection() != null) {
            return request.projection().apply(visible);
        }
        if (request.select() == Select.ALL_PROJECTED_ATTRIBUTES && request.index() != null) {
            return request.index().project(visible);
        }
        return visible;
    }

    static Map<String, Value> lastKey(TableSchema schema, IndexStore index, Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        schema.key().all().forEach(n -> key.put(n, item.get(n)));
        if (index != null) {
            index.schema().key().all().forEach(n -> key.put(n, item.get(n)));
        }
        return key;
    }
}
