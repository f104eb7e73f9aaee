package io.keysmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelReaderTests {

    static Stream<Path> sampleModels() throws IOException {
        return Files.list(Path.of("sample-models")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @Test
    void thereAreAtLeastEightSampleModels() throws IOException {
        assertThat(sampleModels().count()).isGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("sampleModels")
    void everySampleModelIsValidWithFiveToTwentyFivePatternsOrThirtyWhenImported(Path file) {
        ModelReader.Result result = ModelReader.read(file);
        assertThat(result.problems()).as(file.toString()).isEmpty();
        Model model = result.model();
        // a model imported from SQL also has a read inferred from every key and index of the schema
        int most = model.accessPatterns().stream().anyMatch(AccessPattern::wasInferred) ? 30 : 25;
        assertThat(model.accessPatterns()).hasSizeBetween(5, most);
        assertThat(model.accessPatterns()).anyMatch(AccessPattern::isRead);
        assertThat(model.accessPatterns()).anyMatch(p -> p.type().isWrite());
    }

    @ParameterizedTest
    @MethodSource("sampleModels")
    void sampleModelsRoundTripToTheSameModel(Path file) {
        Model model = ModelReader.read(file).model();
        String written = ModelJson.write(model);
        Model again = ModelReader.parse(written).model();
        assertThat(again).isEqualTo(model);
        assertThat(ModelJson.write(again)).isEqualTo(written);
    }

    @Test
    void aCanonicalFileRoundTripsByteForByte() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/models/canonical.json"));
        assertThat(ModelJson.write(ModelReader.parse(text).model())).isEqualTo(text);
    }

    @Test
    void writingKeepsTheSpecFieldOrder() {
        Model model = ModelReader.parse("""
                {"accessPatterns": [{"type": "read", "id": "AP1", "entity": "A", "where": [{"op": "=", "attribute": "id"}]}],
                 "entities": [{"attributes": [{"type": "string", "name": "id", "identifier": true}], "name": "A"}],
                 "name": "m", "format": "keysmith-model/1"}
                """).model();
        String json = ModelJson.write(model);
        assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"name\""));
        assertThat(json.indexOf("\"name\"")).isLessThan(json.indexOf("\"entities\""));
        assertThat(json.indexOf("\"entities\"")).isLessThan(json.indexOf("\"accessPatterns\""));
        assertThat(json).contains("\"attribute\": \"id\",\n");
    }

    @Test
    void aForeignKeyMayBeOneNameOrAList() {
        Model model = ModelReader.parse(Fixtures.SHOP.replace("\"foreignKey\": \"customerId\"",
                "\"foreignKey\": [\"customerId\"]")).model();
        assertThat(model.relationships().get(0).foreignKey()).containsExactly("customerId");
        assertThat(ModelJson.write(model)).contains("\"foreignKey\": \"customerId\"");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        ModelReader.Result result = ModelReader.parse("{\n  \"format\": \"keysmith-model/1\",\n  \"name\": \n}");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 4, column 1");
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void aTruncatedFileSaysWhatIsMissingWithoutJacksonsInternals() {
        ModelReader.Result result = ModelReader.parse("{\"format\": \"keysmith-model/1\", \"entities\": [");
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith("line 1, column ");
            assertThat(p.message()).isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Array");
        });
    }

    @Test
    void anEmptyFileOrANonObjectIsRejected() {
        assertThat(ModelReader.parse("").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(ModelReader.parse("[1, 2]").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a JSON object"));
    }

    @Test
    void wrongTypesAreAllReportedWithTheirPaths() {
        ModelReader.Result result = ModelReader.parse("""
                {"format": "keysmith-model/1", "name": 7,
                 "entities": [{"name": "A", "count": "many", "attributes": [{"name": "id", "type": "uuid", "identifier": "yes"}]}],
                 "accessPatterns": {"id": "AP1"}}
                """);
        assertThat(result.errors()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "name: expected a string, found the number 7",
                "entities[0].count: expected a whole number, 0 or more, found the text \"many\"",
                "entities[0].attributes[0].identifier: expected true or false, found the text \"yes\"",
                "entities[0].attributes[0].type: \"uuid\" is not one of \"string\", \"number\", \"boolean\", \"datetime\", "
                        + "\"date\", \"binary\", \"map\", \"list\", \"stringSet\", \"numberSet\"",
                "accessPatterns: expected a list, found an object");
    }

    @Test
    void unknownFieldsAreWarningsNotErrors() {
        ModelReader.Result result = ModelReader.parse(Fixtures.SHOP.replace("\"name\": \"Shop\",", "\"name\": \"Shop\", \"colour\": \"red\","));
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly("warning: colour: unknown field, ignored");
    }

    @Test
    void readingAMissingFileSaysSo(@TempDir Path dir) {
        assertThat(ModelReader.read(dir.resolve("nope.json")).errors()).extracting(Problem::message)
                .containsExactly("file not found");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedClearly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}'});
        assertThat(ModelReader.read(file).errors()).extracting(Problem::message).containsExactly("the file is not UTF-8 text");
    }

    @Test
    void hostileTextInValuesIsQuotedSafelyInMessages() {
        ModelReader.Result result = ModelReader.parse(Fixtures.SHOP.replace("\"attribute\": \"orderDate\"",
                "\"attribute\": \"a\\\"b\\n${x}{{y}}\""));
        List<String> messages = result.errors().stream().map(Problem::toString).toList();
        assertThat(messages).anyMatch(m -> m.contains("\"a\\\"b\\n${x}{{y}}\" is not an attribute of Order"));
        assertThat(messages).allMatch(m -> !m.contains("\n"));
    }
}
