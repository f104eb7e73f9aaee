package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The design of a fixed model must match the reviewed file byte for byte, so key order and
 * every other detail stay the same across runs and JVMs. After an intended engine change,
 * regenerate with {@code -Dkeysmith.updateGolden=true} and review the diff.
 */
class DesignGoldenTests {

    private static final Path MODEL = Path.of("src/test/resources/design/shop.model.json");

    @Test
    void theShopDesignMatchesTheGoldenFileInBothStyles() throws IOException {
        for (io.keysmith.model.TableStyle style : new io.keysmith.model.TableStyle[] {io.keysmith.model.TableStyle.SINGLE_TABLE, io.keysmith.model.TableStyle.MULTI_TABLE}) {
            Path golden = Path.of("src/test/resources/design/golden/shop." + style.json() + ".json");
            String actual = ModelJson.write(DesignEngine.design(ModelReader.read(MODEL).model(), style));
            if (Boolean.getBoolean("keysmith.updateGolden")) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
