package io.keysmith.export;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test designs and models read from {@code src/test/resources/export}, and hostile variants of them. */
public final class ExportFixtures {

    /** Strings that break naive YAML, JSON, HCL, Markdown or source code output. */
    public static final List<String> HOSTILE = List.of(
            "a\"b'c: d #e",
            "${var.x} %{ if true } {{name}} }}",
            "line1\nline2\r\tend",
            "yes", "null", "true", "~", "- item", "&anchor *alias !tag",
            "x`y|z<b>*_[q](u)",
            "Ünïcödé 日本語 😀",
            "\\u0041 \\ back\\\\slash\\",
            "sep\u2028arator\u0085nel\u0000nul",
            "*/ -- '''\"\"\" `${x}` #{y}");

    private ExportFixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Design design(String resource) {
        return parseDesign(text(resource));
    }

    public static Design parseDesign(String json) {
        return ModelJson.MAPPER.readValue(json, Design.class);
    }

    public static Model model(String resource) {
        ModelReader.Result result = ModelReader.parse(text(resource));
        if (!result.ok()) {
            throw new IllegalStateException(resource + ": " + result.problems());
        }
        return result.model();
    }

    /** The small shop design with key attribute, TTL, projection and model names replaced by hostile text. */
    public static Design hostileDesign(String hostile) {
        return parseDesign(hostileText(text("shop.design.json"), hostile));
    }

    /** The small shop model with its name, description and enumeration values hostile. */
    public static Model hostileModel(String hostile) {
        String json = text("shop.model.json")
                .replace("\"Small shop\"", quoted(hostile))
                .replace("\"GOLD\"", quoted(hostile));
        return ModelJson.MAPPER.readValue(json, Model.class);
    }

    static String hostileText(String json, String hostile) {
        return json.replace("\"GSI1PK\"", quoted(hostile + "1"))
                .replace("\"GSI1SK\"", quoted(hostile + "2"))
                .replace("\"LSI1SK\"", quoted(hostile + "3"))
                .replace("\"expiresAt\"", quoted(hostile + "4"))
                .replace("\"status\"", quoted(hostile + "5"))
                .replace("\"Small shop\"", quoted(hostile))
                .replace("\"busy customers\"", quoted(hostile))
                .replace("\"read orders by email\"", quoted(hostile))
                .replace("\"One item per customer\"", quoted(hostile))
                .replace("\"Customers are read by id.\"", quoted(hostile));
    }

    public static String quoted(String text) {
        return JsonText.quote(text);
    }
}
