package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The cheap table settings clients ask about: time to live, tags, endpoints, limits and backups. */
public final class MetaOps {

    private final Catalog catalog;

    public MetaOps(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode updateTimeToLive(JsonNode request) {
        Table table = Responses.table(catalog, request);
        JsonNode spec = Requests.object(request, "TimeToLiveSpecification");
        if (spec == null) {
            throw Requests.invalid("null", "TimeToLiveSpecification", "Member must not be null");
        }
        String attribute = Requests.string(spec, "AttributeName");
        if (spec.get("Enabled") == null) {
            throw Requests.invalid("null", "timeToLiveSpecification.enabled", "Member must not be null");
        }
        boolean enabled = Requests.bool(spec, "Enabled");
        catalog.underDdl(() -> {
            TableSchema schema = table.schema();
            if (enabled == (schema.ttlAttribute() != null)) {
                throw DynamoException.validation(enabled ? "TimeToLive is already enabled" : "TimeToLive is already disabled");
            }
            catalog.update(table, schema.withTtl(enabled ? attribute : null));
            return null;
        });
        ObjectNode response = Responses.object();
        response.putObject("TimeToLiveSpecification").put("Enabled", enabled).put("AttributeName", attribute);
        return response;
    }

    public ObjectNode describeTimeToLive(JsonNode request) {
        Table table = Responses.table(catalog, request);
        ObjectNode response = Responses.object();
        ObjectNode d = response.putObject("TimeToLiveDescription");
        String attribute = table.schema().ttlAttribute();
        d.put("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED");
        if (attribute != null) {
            d.put("AttributeName", attribute);
        }
        return response;
    }

    public ObjectNode tag(JsonNode request) {
        Table table = byArn(request);
        JsonNode tags = Requests.array(request, "Tags");
        if (tags == null) {
            throw Requests.invalid("null", "Tags", "Member must not be null");
        }
        catalog.underDdl(() -> {
            Map<String, String> merged = new LinkedHashMap<>(table.schema().tags());
            tags.forEach(t -> merged.put(Requests.string(t, "Key"), Requests.string(t, "Value")));
            catalog.update(table, table.schema().withTags(merged));
            return null;
        });
        return Responses.object();
    }

    public ObjectNode untag(JsonNode request) {
        Table table = byArn(request);
        JsonNode keys = Requests.array(request, "TagKeys");
        if (keys == null) {
            throw Requests.invalid("null", "TagKeys", "Member must not be null");
        }
        catalog.underDdl(() -> {
            Map<String, String> left = new LinkedHashMap<>(table.schema().tags());
            keys.forEach(k -> left.remove(k.asString()));
            catalog.update(table, table.schema().withTags(left));
            return null;
        });
        return Responses.object();
    }

    public ObjectNode listTags(JsonNode request) {
        Table table = byArn(request);
        ObjectNode response = Responses.object();
        ArrayNode tags = response.putArray("Tags");
        table.schema().tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
        return response;
    }

    public ObjectNode describeEndpoints(JsonNode request) {
        ObjectNode response = Responses.object();
        response.putArray("Endpoints").addObject().put("Address", "localhost").put("CachePeriodInMinutes", 1440);
        return response;
    }

    public ObjectNode describeLimits(JsonNode request) {
        return Responses.object().put("AccountMaxReadCapacityUnits", 80000).put("AccountMaxWriteCapacityUnits", 80000)
                .put("TableMaxReadCapacityUnits", 40000).put("TableMaxWriteCapacityUnits", 40000);
    }

    public ObjectNode describeContinuousBackups(JsonNode request) {
        Responses.table(catalog, request);
        ObjectNode response = Responses.object();
        ObjectNode d = response.putObject("ContinuousBackupsDescription");
        d.put("ContinuousBackupsStatus", "ENABLED");
        d.putObject("PointInTimeRecoveryDescription").put("PointInTimeRecoveryStatus", "DISABLED");
        return response;
    }

    private Table byArn(JsonNode request) {
        String arn = Requests.string(request, "ResourceArn");
        int at = arn.indexOf(":table/");
        Table table = at < 0 ? null : catalog.table(arn.substring(at + 7));
        if (table == null || !table.schema().arn().equals(arn)) {
            throw DynamoException.notFound("Requested resource not found: ResourcArn: " + arn + " not found");
        }
        return table;
    }
}
