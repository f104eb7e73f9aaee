package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a diagram's SVG shows, read back from the document: entity boxes, relationship lines as
 * polylines, label rectangles and the crow's-foot marks; and the checks that nothing covers anything.
 */
record DiagramGeometry(Map<String, double[]> boxes, List<List<double[]>> lines, List<double[]> labels,
        List<String> ends, double width, double height) {

    static DiagramGeometry of(Document svg) {
        Element root = svg.getDocumentElement();
        Map<String, double[]> boxes = new LinkedHashMap<>();
        List<List<double[]>> lines = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            switch (g.getAttribute("class")) {
                case "entity" -> boxes.put(g.getAttribute("data-entity"), rect(first(g, "rect")));
                case "label" -> labels.add(rect(first(g, "rect")));
                case "end" -> ends.add(g.getAttribute("data-end"));
                case "relationship" -> lines.add(polyline(first(g, "path").getAttribute("d")));
                default -> { }
            }
        }
        return new DiagramGeometry(boxes, lines, labels, ends, Double.parseDouble(root.getAttribute("width")),
                Double.parseDouble(root.getAttribute("height")));
    }

    /** No box overlaps another, no label overlaps a box or another label, no line runs through a box, all inside the picture. */
    void assertNothingOverlaps() {
        List<Map.Entry<String, double[]>> all = new ArrayList<>(boxes.entrySet());
        for (int i = 0; i < all.size(); i++) {
            double[] a = all.get(i).getValue();
            assertThat(a[0] >= 0 && a[1] >= 0 && a[0] + a[2] <= width && a[1] + a[3] <= height)
                    .as("box %s inside the picture", all.get(i).getKey()).isTrue();
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(overlap(a, all.get(j).getValue())).as("%s overlaps %s", all.get(i).getKey(), all.get(j).getKey())
                        .isFalse();
            }
            for (double[] label : labels) {
                assertThat(overlap(a, label)).as("a label overlaps %s", all.get(i).getKey()).isFalse();
            }
            for (List<double[]> line : lines) {
                for (int k = 0; k + 1 < line.size(); k++) {
                    assertThat(crosses(line.get(k), line.get(k + 1), a))
                            .as("a line runs under %s", all.get(i).getKey()).isFalse();
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            double[] l = labels.get(i);
            assertThat(l[0] >= 0 && l[1] >= 0 && l[0] + l[2] <= width && l[1] + l[3] <= height).as("label inside").isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(l, labels.get(j))).as("two labels overlap").isFalse();
            }
        }
    }

    static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** Whether an axis-parallel segment passes through the inside of a box (touching its edge is how a line ends). */
    private static boolean crosses(double[] p, double[] q, double[] box) {
        double x1 = Math.min(p[0], q[0]);
        double x2 = Math.max(p[0], q[0]);
        double y1 = Math.min(p[1], q[1]);
        double y2 = Math.max(p[1], q[1]);
        assertThat(x1 == x2 || y1 == y2).as("lines are horizontal or vertical").isTrue();
        return x1 < box[0] + box[2] && x2 > box[0] && y1 < box[1] + box[3] && y2 > box[1];
    }

    private static Element first(Element g, String tag) {
        return (Element) g.getElementsByTagName(tag).item(0);
    }

    private static double[] rect(Element r) {
        return new double[] {Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("y")),
                Double.parseDouble(r.getAttribute("width")), Double.parseDouble(r.getAttribute("height"))};
    }

    private static List<double[]> polyline(String d) {
        List<double[]> points = new ArrayList<>();
        String[] parts = d.replace("M", " ").replace("L", " ").trim().split("\\s+");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            points.add(new double[] {Double.parseDouble(parts[i]), Double.parseDouble(parts[i + 1])});
        }
        return points;
    }
}
