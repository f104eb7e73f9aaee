package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import io.keysmith.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * The Diagram tab in the browser: crow's feet on screen, nothing overlapping, zoom and pan through
 * the viewBox, a click on an entity opens it in the editor, and "Download SVG" saves a standalone
 * picture. Saves {@code target/screenshots/diagram-*.png} of two samples, light and dark, on a
 * laptop and a wide screen.
 */
class DiagramTabTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void theShopDiagramShowsCrowsFeetAndNothingOverlapsOnScreen() throws Exception {
        ModelPage model = open("online-shop", "Diagram shop");
        model.openTab("Diagram");
        Document svg = parse(onScreenSvg());
        DiagramGeometry g = DiagramGeometry.of(svg);
        assertThat(g.boxes().keySet()).contains("Customer", "Order", "OrderItem", "Product", "Category");
        g.assertNothingOverlaps();
        // twelve relationships: two marks each, many-sides as crow's feet, parents as bars
        assertThat(g.ends()).hasSize(24);
        assertThat(page.locator("#diagram-image g.relationship[data-cardinality=one-to-many] g.end[data-end=zero-or-many]")
                .count()).isEqualTo(10);
        assertThat(page.locator("#diagram-image g.relationship[data-cardinality=many-to-many] g.end[data-end=zero-or-many]")
                .count()).isEqualTo(4);
        // the browser's own measure of where things are: labels clear of boxes
        List<?> boxes = (List<?>) page.evaluate("() => [...document.querySelectorAll('#diagram-image g.entity > rect')]"
                + ".map(r => { const b = r.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; })");
        List<?> labels = (List<?>) page.evaluate("() => [...document.querySelectorAll('#diagram-image g.label > rect')]"
                + ".map(r => { const b = r.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; })");
        assertThat(labels).isNotEmpty();
        for (Object box : boxes) {
            for (Object label : labels) {
                assertThat(DiagramGeometry.overlap(numbers(box), numbers(label))).as("label over a box on screen").isFalse();
            }
        }
    }

    @Test
    void zoomButtonsTheWheelAndDraggingChangeTheViewBoxAndFitShowsTheWholeDiagram() {
        ModelPage model = open("online-shop", "Diagram zoom");
        model.openTab("Diagram");
        page.locator("#diagram-image g.entity").first().waitFor();
        double[] start = viewBox();
        page.locator("#diagram-zoom-in").click();
        double[] zoomedIn = viewBox();
        assertThat(zoomedIn[2]).isLessThan(start[2] * 0.9);
        page.locator("#diagram-zoom-out").click();
        page.locator("#diagram-zoom-out").click();
        assertThat(viewBox()[2]).isGreaterThan(zoomedIn[2] * 1.3);
        page.locator("#diagram-fit").click();
        double[] fitted = viewBox();
        double width = Double.parseDouble(page.locator("#diagram-image").getAttribute("data-width"));
        double height = Double.parseDouble(page.locator("#diagram-image").getAttribute("data-height"));
        assertThat(fitted[0]).isLessThanOrEqualTo(0);
        assertThat(fitted[1]).isLessThanOrEqualTo(0);
        assertThat(fitted[0] + fitted[2]).isGreaterThanOrEqualTo(width);
        assertThat(fitted[1] + fitted[3]).isGreaterThanOrEqualTo(height);

        var view = page.locator("#diagram-view").boundingBox();
        page.mouse().move(view.x + view.width / 2, view.y + view.height / 2);
        page.mouse().wheel(0, -300);
        page.waitForCondition(() -> viewBox()[2] < fitted[2]);
        double[] wheeled = viewBox();
        page.mouse().move(view.x + 40, view.y + view.height - 40);
        page.mouse().down();
        page.mouse().move(view.x + 140, view.y + view.height - 100, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        double[] dragged = viewBox();
        assertThat(dragged[0]).isLessThan(wheeled[0]);
        assertThat(dragged[1]).isGreaterThan(wheeled[1]);
        assertThat(dragged[2]).isEqualTo(wheeled[2]);
        // a drag that ends on an entity is a pan, not a click: the diagram stays
        assertThat(page.locator("#diagram-image").isVisible()).isTrue();
    }

    @Test
    void clickingAnEntityOpensItInTheEntitiesEditor() {
        ModelPage model = open("university-courses", "Diagram click");
        model.openTab("Diagram");
        Locator course = page.locator("#diagram-image g.entity[data-entity=Course]");
        course.locator("text").first().click();
        model.settle();
        Locator name = model.field("entities[3].name").locator("input");
        name.waitFor();
        assertThat(name.inputValue()).isEqualTo("Course");
        assertThat(model.listed("entities")).contains("Course");

        model.openTab("Diagram");
        page.locator("#diagram-fit").click(); // the last entity is below the first view
        page.locator("#diagram-image g.entity[data-entity=Enrollment]").locator("text").first().click();
        model.settle();
        assertThat(model.field("entities[4].name").locator("input").inputValue()).isEqualTo("Enrollment");
    }

    @Test
    void downloadSvgSavesAStandalonePictureWithEveryEntityEvenWithHostileNames() throws Exception {
        String text = Files.readString(Path.of("sample-models/university-courses.json"))
                .replace("\"name\": \"staff\"", "\"name\": \"st\\\"aff <b>&amp; ${x}\\n{{y}}\"");
        String id = workspace.importModel("diagram-download.json", text.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"Diagram download\""));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Diagram");
        page.locator("#diagram-image g.entity").first().waitFor();
        Download download = page.waitForDownload(() -> page.locator("#diagram-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(id + ".svg");
        byte[] bytes = Files.readAllBytes(download.path());
        Document svg = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).matches("\\d+");
        DiagramGeometry g = DiagramGeometry.of(svg);
        assertThat(g.boxes().keySet()).containsExactlyInAnyOrder("Department", "Instructor", "Student", "Course", "Enrollment");
        assertThat(svg.getDocumentElement().getTextContent()).contains("st\"aff <b>&amp; ${x}");
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        g.assertNothingOverlaps();
    }

    @Test
    void twoSamplesAreShotOnALaptopAndAWideScreenInLightAndDark() {
        context.setDefaultTimeout(30_000);
        for (String sample : new String[] {"online-shop", "university-courses"}) {
            ModelPage model = open(sample, "Diagram screens " + sample);
            for (String theme : new String[] {"light", "dark"}) {
                if (theme.equals("dark")) {
                    page.locator("#theme-toggle").click();
                    page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));
                }
                for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
                    page.setViewportSize(size[0], size[1]);
                    String layout = size[0] >= 1600 ? "split" : "tabs";
                    page.waitForCondition(() -> layout.equals(page.locator("#model-body").getAttribute("data-layout")));
                    model.openTab("Diagram");
                    page.locator("#diagram-image g.entity").first().waitFor();
                    assertThat(onScreenSvg()).contains(theme.equals("dark") ? "#1e232b" : "#ffffff");
                    screenshot("diagram-" + sample + "-" + size[0] + "-" + theme);
                    assertThat(PageLayout.scrollsSideways(page)).as("sideways scroll").isFalse();
                }
            }
            page.locator("#theme-toggle").click(); // back to light for the next sample
            page.waitForCondition(() -> !"dark".equals(page.locator("html").getAttribute("theme")));
        }
    }

    private ModelPage open(String sample, String name) {
        try {
            String text = Files.readString(Path.of("sample-models", sample + ".json"));
            String id = workspace.importModel(sample + "-" + name.hashCode() + ".json",
                    text.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + name + "\""));
            return ModelPage.open(page, baseUrl(), id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The drawing on screen, as XML (the browser's own serializer). */
    private String onScreenSvg() {
        page.locator("#diagram-image g.entity").first().waitFor();
        // the picture's own size, which the viewer swaps for the window's, goes back for the geometry
        return (String) page.evaluate("() => { const s = document.querySelector('#diagram-image').cloneNode(true);"
                + " s.setAttribute('width', s.dataset.width); s.setAttribute('height', s.dataset.height);"
                + " return new XMLSerializer().serializeToString(s); }");
    }

    private double[] viewBox() {
        String box = page.locator("#diagram-image").getAttribute("viewBox");
        String[] parts = box.trim().split("[\\s,]+");
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
