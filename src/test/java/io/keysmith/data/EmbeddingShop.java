package io.keysmith.data;

import io.keysmith.model.ModelJson;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The online shop sample without its "save an address" pattern: addresses are then only read and
 * removed with their customer, so the engine embeds them in the customer item, the case the
 * embedding tests need.
 */
public final class EmbeddingShop {

    private EmbeddingShop() {
    }

    public static String json() {
        try (InputStream in = SampleModels.open("online-shop.json")) {
            ObjectNode model = (ObjectNode) ModelJson.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ArrayNode patterns = (ArrayNode) model.get("accessPatterns");
            for (int i = patterns.size() - 1; i >= 0; i--) {
                JsonNode p = patterns.get(i);
                if ("Address".equals(p.get("entity").asString()) && "create".equals(p.get("type").asString())) {
                    patterns.remove(i);
                }
            }
            return ModelJson.MAPPER.writeValueAsString(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
