package io.keysmith.export.workbench;

import io.keysmith.design.Table;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keysmith's own model and tables inside a Workbench file ({@code ModelMetadata.Keysmith}), for
 * what Workbench has no place for: relationships, access patterns, unique flags, TTL, sparse
 * conditions and key templates that samples cannot show (a {@code {status}} whose samples all say
 * {@code ALARM}). Import takes them back only while the file's {@code DataModel} is the one they
 * were written with (a fingerprint of it): a file edited in Workbench is read from its tables.
 */
final class KeysmithSection {

    static final String FIELD = "Keysmith";
    static final String FORMAT = "keysmith-workbench/1";

    /** What the section gives back: the exported model and the design's tables. */
    record Restored(Model model, List<Table> tables) {
    }

    private KeysmithSection() {
    }

    /** The section's JSON, indented to sit in {@code ModelMetadata}, for the file whose {@code DataModel} is given. */
    static String write(Model model, List<Table> tables, JsonNode dataModel) {
        ObjectNode section = ModelJson.MAPPER.createObjectNode();
        section.put("Format", FORMAT);
        section.put("DataModelSha256", fingerprint(dataModel));
        section.set("Model", ModelJson.MAPPER.valueToTree(model));
        section.set("Tables", ModelJson.MAPPER.valueToTree(tables));
        return ModelJson.write(section).strip().replace("\n", "\n    ");
    }

    /** The section's model and tables when present, readable and written for this {@code DataModel}; notes say why not. */
    static Optional<Restored> read(JsonNode root, List<String> notes) {
        JsonNode section = root.path("ModelMetadata").path(FIELD);
        if (!section.isObject()) {
            return Optional.empty();
        }
        if (!FORMAT.equals(section.path("Format").asString(""))) {
            notes.add("ModelMetadata.Keysmith: format " + section.path("Format").asString("(none)") + " is not "
                    + FORMAT + "; the model is read from the tables");
            return Optional.empty();
        }
        if (!fingerprint(root.path("DataModel")).equals(section.path("DataModelSha256").asString(""))) {
            notes.add("ModelMetadata.Keysmith: the tables changed since Keysmith wrote the file; the model is read"
                    + " from the tables and Keysmith's copy is left aside");
            return Optional.empty();
        }
        ModelReader.Result read = ModelReader.parse(ModelJson.write(section.path("Model")));
        if (!read.ok()) {
            notes.add("ModelMetadata.Keysmith: its model is not valid (" + (read.errors().isEmpty() ? "unreadable"
                    : read.errors().get(0)) + "); the model is read from the tables");
            return Optional.empty();
        }
        List<Table> tables = new ArrayList<>(ModelJson.MAPPER.convertValue(section.path("Tables"),
                new TypeReference<List<Table>>() { }));
        notes.add("the Keysmith model written with the file (ModelMetadata.Keysmith): relationships, access patterns"
                + " and key templates as exported");
        return Optional.of(new Restored(read.model(), tables));
    }

    /** SHA-256 of the {@code DataModel} as JSON: the same tree gives the same text. */
    static String fingerprint(JsonNode dataModel) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ModelJson.MAPPER.writeValueAsString(dataModel).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
