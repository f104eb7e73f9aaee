package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The live tests' model and hand-written design, from src/test/resources/live. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/live/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Model model() {
        return ModelReader.parse(text("shop.model.json")).model();
    }

    static Design design() {
        return design(text("shop.design.json"));
    }

    static Design design(String json) {
        return ModelJson.MAPPER.readValue(json, Design.class);
    }
}
