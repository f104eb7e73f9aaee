package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one configured JSON mapper for Keysmith's files: record order kept (stable diffs),
 * absent fields left out, two-space indentation, unknown fields tolerated (the validator
 * reports them as warnings instead).
 */
public final class ModelJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ModelJson() {
    }

    /** Indentation as most editors and Python's json module write it: {@code "key": value}, one item a line. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Writes any record as Keysmith JSON, ending with a newline. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    }

    public static Model toModel(JsonNode tree) {
        return MAPPER.treeToValue(tree, Model.class);
    }

    /** Where a JSON syntax error is, as {@code line 4, column 7}, or empty when Jackson does not say. */
    public static String where(JacksonException e) {
        var at = e.getLocation();
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /**
     * A JSON syntax error for a person: its first line, without Jackson's pointer into a source it
     * cannot show ("(start marker at [Source: REDACTED ...])").
     */
    public static String syntaxMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        int marker = message.indexOf(" (start marker at");
        return "malformed JSON: " + (marker > 0 ? message.substring(0, marker) : message);
    }

    public static JsonNode parseTree(String text) throws JacksonException {
        return MAPPER.readTree(text);
    }
}
