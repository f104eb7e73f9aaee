package io.keysmith.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class EscapingTests {

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void yamlQuotedValuesParseBackToTheExactString(String hostile) {
        Map<String, Object> parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load("key: " + YamlText.quote(hostile) + "\nother: 1\n");
        assertThat(parsed).containsExactly(Map.entry("key", hostile), Map.entry("other", 1));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void jsonQuotedValuesParseBackToTheExactStringOnOneLine(String hostile) {
        String quoted = JsonText.quote(hostile);
        assertThat(quoted.lines().count()).isEqualTo(1);
        assertThat(quoted).doesNotContain("\u2028").doesNotContain("\u0085");
        assertThat(ModelJson.MAPPER.readValue(quoted, String.class)).isEqualTo(hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void javaLiteralsAreAsciiAndOneLine(String hostile) {
        String literal = SourceText.java(hostile);
        assertThat(literal).matches("\"[\\x20-\\x7e]*\"");
        assertThat(unescapeJava(literal)).isEqualTo(hostile);
        assertThat(SourceText.python(hostile)).matches("\"[\\x20-\\x7e]*\"");
    }

    @Test
    void yamlKeywordsStayStrings() {
        for (String keyword : new String[] {"yes", "no", "on", "off", "null", "~", "true", "1e3", "0x10", "2026-01-01"}) {
            Map<String, Object> parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load("k: " + YamlText.quote(keyword));
            assertThat(parsed.get("k")).isEqualTo(keyword);
        }
    }

    @Test
    void hclTemplateSequencesAreDoubled() {
        assertThat(HclText.quote("${var.x} %{ if } $5 %d")).isEqualTo("\"$${var.x} %%{ if } $5 %d\"");
        assertThat(HclText.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void markdownCellsEscapePipesAndMarkup() {
        assertThat(MarkdownText.text("a|b *c* <i> `d` [e](f) $x$")).isEqualTo("a\\|b \\*c\\* &lt;i&gt; \\`d\\` \\[e\\](f) \\$x\\$");
        assertThat(MarkdownText.code("a`b|c")).isEqualTo("``a`b\\|c``");
    }

    /** Java's own reading of a string literal: the escapes SourceText writes. */
    private static String unescapeJava(String literal) {
        StringBuilder out = new StringBuilder();
        String body = literal.substring(1, literal.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
