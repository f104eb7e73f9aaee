package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.DesignEngine;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renaming an identifier in the editor is a rename, not a redesign: the design of every sample
 * model after renaming any identifier attribute equals the design before, the renamed name
 * aside.
 */
class IdentifierRenameDesignTests {

    record Rename(Path file, String entity, int entityIndex, int attributeIndex, String attribute) {
        @Override
        public String toString() {
            return file.getFileName() + " " + entity + "." + attribute;
        }
    }

    static Stream<Rename> identifiers() throws IOException {
        List<Rename> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Model model = ModelReader.read(file).model();
                for (int e = 0; e < model.entities().size(); e++) {
                    Entity entity = model.entities().get(e);
                    for (int a = 0; a < entity.attributes().size(); a++) {
                        if (Boolean.TRUE.equals(entity.attributes().get(a).identifier())) {
                            out.add(new Rename(file, entity.name(), e, a, entity.attributes().get(a).name()));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void renamingAnIdentifierChangesTheDesignOnlyByTheName(Rename rename) throws IOException {
        String text = Files.readString(rename.file());
        ObjectNode doc = (ObjectNode) ModelJson.parseTree(text);
        String renamed = rename.attribute() + "Qz";
        ReferenceRenames.attribute(doc, rename.entity(), rename.attribute(), renamed);
        JsonPaths.setText(doc, "entities[" + rename.entityIndex() + "].attributes[" + rename.attributeIndex() + "]",
                "name", renamed);

        ModelReader.Result after = ModelReader.parse(ModelJson.write(doc));
        assertThat(after.errors()).isEmpty();
        String before = designText(ModelReader.parse(text).model());
        String back = designText(after.model()).replace(renamed, rename.attribute())
                .replace(renamed.toUpperCase(Locale.ROOT), rename.attribute().toUpperCase(Locale.ROOT));
        assertThat(back).isEqualTo(before);
    }

    /** The design without its reasoning text, which may cite the model's relationships. */
    private static String designText(Model model) {
        JsonNode design = ModelJson.MAPPER.valueToTree(DesignEngine.design(model));
        ((ObjectNode) design).remove("steps");
        return ModelJson.write(design);
    }
}
