package io.keysmith.local.ops;

import io.keysmith.local.store.EncodedItems;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/** A page's stored items in a response, written as a DynamoDB JSON array straight from their encoded form when the response is written. */
record StoredItemsJson(List<byte[]> encoded) implements JacksonSerializable {

    @Override
    public void serialize(JsonGenerator g, SerializationContext context) {
        g.writeStartArray();
        for (byte[] item : encoded) {
            EncodedItems.writeJson(item, g);
        }
        g.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializationContext context, TypeSerializer type) {
        serialize(g, context);
    }
}
