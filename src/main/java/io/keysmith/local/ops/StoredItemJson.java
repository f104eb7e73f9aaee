package io.keysmith.local.ops;

import io.keysmith.local.store.EncodedItems;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/** A stored item in a response, written as DynamoDB JSON straight from its encoded form when the response is written. */
record StoredItemJson(byte[] encoded) implements JacksonSerializable {

    @Override
    public void serialize(JsonGenerator g, SerializationContext context) {
        EncodedItems.writeJson(encoded, g);
    }

    @Override
    public void serializeWithType(JsonGenerator g, SerializationContext context, TypeSerializer type) {
        serialize(g, context);
    }
}
