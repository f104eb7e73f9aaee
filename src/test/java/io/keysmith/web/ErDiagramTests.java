package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The server-drawn diagram: well-formed SVG whatever the names, the theme's colours, and loops that fit. */
class ErDiagramTests {

    private static final String MODEL = """
            {"format": "keysmith-model/1", "name": "Diagram",
             "entities": [
               {"name": "Category", "attributes": [
                 {"name": "categoryId", "type": "string", "identifier": true},
                 {"name": "parentId", "type": "string"},
                 {"name": "<b onclick=x>&\\"'</b>", "type": "string", "unique": true}]}],
             "relationships": [{"from": "Category", "to": "Category", "cardinality": "one-to-many", "foreignKey": ["parentId"]}],
             "accessPatterns": []}
            """;

    private final Model model = ModelReader.parse(MODEL).model();

    @Test
    void hostileNamesStayTextInWellFormedSvg() throws Exception {
        Document svg = parse(ErDiagram.svg(model, false));
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(svg.getDocumentElement().getTextContent()).contains("<b onclick=x>&\"'</b>: string  UK");
        assertThat(svg.getDocumentElement().getTextContent()).contains("categoryId: string  PK");
    }

    @Test
    void theDarkDiagramHasADarkPaperAndLightInk() {
        String dark = ErDiagram.svg(model, true);
        assertThat(dark).contains("fill=\"#1e232b\"").contains("fill=\"#e6e9ef\"").doesNotContain("fill=\"#ffffff\"/>");
        assertThat(ErDiagram.svg(model, false)).contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    @Test
    void aRelationshipOfAnEntityWithItselfLoopsInsideThePicture() {
        String svg = ErDiagram.svg(model, false);
        int width = Integer.parseInt(find(svg, "width=\"(\\d+)\""));
        Matcher loop = Pattern.compile("<path d=\"M(\\d+) (\\d+) C (\\d+) (-?\\d+), (\\d+) (-?\\d+)").matcher(svg);
        assertThat(loop.find()).isTrue();
        assertThat(Integer.parseInt(loop.group(3))).isLessThan(width);
        assertThat(Integer.parseInt(loop.group(4))).isPositive();
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
