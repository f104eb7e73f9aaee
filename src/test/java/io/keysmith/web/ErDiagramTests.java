package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn diagram: well-formed SVG whatever the names, the theme's colours, crow's feet, and a layout where nothing overlaps. */
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
    void aRelationshipOfAnEntityWithItselfLoopsBelowItsBoxInsideThePicture() throws Exception {
        DiagramGeometry g = DiagramGeometry.of(parse(ErDiagram.svg(model, false)));
        assertThat(g.lines()).hasSize(1);
        List<double[]> line = g.lines().getFirst();
        double[] box = g.boxes().get("Category");
        assertThat(line.getFirst()[1]).isEqualTo(box[1] + box[3]);
        assertThat(line.getLast()[1]).isEqualTo(box[1] + box[3]);
        assertThat(line).allSatisfy(p -> assertThat(p[0]).isBetween(0.0, g.width()).as("x inside"))
                .allSatisfy(p -> assertThat(p[1]).isBetween(0.0, g.height()));
        assertThat(g.ends()).containsExactly("exactly-one", "zero-or-many");
    }

    @ParameterizedTest
    @ValueSource(strings = {"online-shop", "university-courses", "multi-tenant-saas", "twitter-feed", "support-tickets",
            "direct-messaging", "game-leaderboard", "iot-readings", "users-service", "shop-from-postgres"})
    void noBoxOverlapsAnotherNoLineRunsUnderABoxAndLabelsStandApart(String sample) throws Exception {
        Model shop = ModelReader.parse(Files.readString(Path.of("sample-models", sample + ".json"))).model();
        DiagramGeometry g = DiagramGeometry.of(parse(ErDiagram.svg(shop, false)));
        assertThat(g.boxes().keySet()).containsExactlyInAnyOrderElementsOf(shop.entities().stream().map(e -> e.name()).toList());
        g.assertNothingOverlaps();
        assertThat(g.lines()).hasSize(shop.relationships().size());
    }

    @Test
    void aLargeTangledModelStillHasNoOverlapsAndEveryLineIsDrawn() throws Exception {
        // a tree of 60 entities, cross links that skip rows, links upwards (cycles), many-to-many pairs and loners
        java.util.Random random = new java.util.Random(7);
        StringBuilder entities = new StringBuilder();
        List<String> relationships = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entities.append(i == 0 ? "" : ",").append("{\"name\": \"E").append(i).append("\", \"attributes\": [")
                    .append("{\"name\": \"e").append(i).append("Id\", \"type\": \"string\", \"identifier\": true}");
            for (int a = 0; a < random.nextInt(14); a++) {
                entities.append(", {\"name\": \"a").append(a).append("\", \"type\": \"string\"}");
            }
            entities.append("]}");
            if (i > 0 && i < 50) {
                relationships.add(link("E" + (i - 1) / 3, "E" + i, "one-to-many", "parent"));
            }
        }
        for (int k = 0; k < 25; k++) {
            int a = random.nextInt(60);
            int b = random.nextInt(60);
            String[] kinds = {"one-to-many", "one-to-one", "many-to-many"};
            relationships.add(link("E" + a, "E" + b, kinds[k % 3], "link " + k));
        }
        Model big = ModelReader.parse("{\"format\": \"keysmith-model/1\", \"name\": \"Big\", \"entities\": [" + entities
                + "], \"relationships\": [" + String.join(",", relationships) + "], \"accessPatterns\": []}").model();
        DiagramGeometry g = DiagramGeometry.of(parse(ErDiagram.svg(big, false)));
        assertThat(g.boxes()).hasSize(60);
        assertThat(g.lines()).hasSize(relationships.size());
        assertThat(g.labels()).hasSize(relationships.size());
        g.assertNothingOverlaps();
    }

    private static String link(String from, String to, String cardinality, String name) {
        return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"cardinality\": \"" + cardinality + "\", \"name\": \""
                + name + "\"}";
    }

    @Test
    void eachCardinalityHasItsCrowsFootAndAnOptionalParentAnOpenCircle() throws Exception {
        Model marks = ModelReader.parse("""
                {"format": "keysmith-model/1", "name": "Marks",
                 "entities": [
                   {"name": "A", "attributes": [{"name": "aId", "type": "string", "identifier": true}]},
                   {"name": "B", "attributes": [{"name": "bId", "type": "string", "identifier": true},
                                                {"name": "aId", "type": "string", "required": false}]},
                   {"name": "C", "attributes": [{"name": "cId", "type": "string", "identifier": true},
                                                {"name": "aId", "type": "string"}]},
                   {"name": "D", "attributes": [{"name": "dId", "type": "string", "identifier": true}]}],
                 "relationships": [
                   {"from": "A", "to": "B", "cardinality": "one-to-many"},
                   {"from": "A", "to": "C", "cardinality": "one-to-one"},
                   {"from": "C", "to": "D", "cardinality": "many-to-many"}],
                 "accessPatterns": []}
                """).model();
        Document svg = parse(ErDiagram.svg(marks, false));
        Map<String, List<String>> ends = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("relationship")) {
                NodeList marksOf = g.getElementsByTagName("g");
                List<String> found = new ArrayList<>();
                for (int j = 0; j < marksOf.getLength(); j++) {
                    found.add(((Element) marksOf.item(j)).getAttribute("data-end"));
                }
                ends.put(g.getAttribute("data-cardinality"), found);
            }
        }
        assertThat(ends).containsEntry("one-to-many", List.of("zero-or-one", "zero-or-many"))
                .containsEntry("one-to-one", List.of("exactly-one", "zero-or-one"))
                .containsEntry("many-to-many", List.of("zero-or-many", "zero-or-many"));
        DiagramGeometry.of(svg).assertNothingOverlaps();
    }

    @Test
    void namesWithQuotesNewlinesAndTemplatesStayTextInRelationshipLabelsToo() throws Exception {
        String name = "a \\\"quoted\\\" <b>&amp; ${x}\\n{{y}}";
        Model hostile = ModelReader.parse(MODEL.replace("\"foreignKey\"", "\"name\": \"" + name + "\", \"foreignKey\"")).model();
        Document svg = parse(ErDiagram.svg(hostile, true));
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(svg.getDocumentElement().getTextContent()).contains("a \"quoted\" <b>&amp; ${x}");
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
