package io.keysmith.web;

import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a model's entity-relationship diagram as SVG, on the server, so no JavaScript library is
 * needed: one box per entity with its attributes, one line per relationship with its cardinality.
 * Every name is XML-escaped here, in one place.
 */
final class ErDiagram {

    private static final int BOX_WIDTH = 230;
    private static final int LINE = 18;
    private static final int GAP_X = 90;
    private static final int GAP_Y = 60;
    private static final int MAX_ATTRIBUTES = 12;
    private static final int LOOP_MARGIN = 40;

    private ErDiagram() {
    }

    record Box(int x, int y, int height) {
        int cx() {
            return x + BOX_WIDTH / 2;
        }

        int cy() {
            return y + height / 2;
        }
    }

    static String svg(Model model, boolean dark) {
        List<Entity> entities = model.entities();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(entities.size())));
        Map<String, Box> boxes = new HashMap<>();
        int[] rowHeights = new int[(entities.size() + columns - 1) / columns + 1];
        for (int i = 0; i < entities.size(); i++) {
            rowHeights[i / columns] = Math.max(rowHeights[i / columns], height(entities.get(i)));
        }
        int y = 20;
        for (int i = 0; i < entities.size(); i++) {
            int row = i / columns;
            if (i > 0 && i % columns == 0) {
                y += rowHeights[row - 1] + GAP_Y;
            }
            int x = 20 + (i % columns) * (BOX_WIDTH + GAP_X);
            boxes.putIfAbsent(entities.get(i).name(), new Box(x, y, height(entities.get(i))));
        }
        int width = 40 + columns * BOX_WIDTH + (columns - 1) * GAP_X + LOOP_MARGIN;
        int totalHeight = entities.isEmpty() ? 80 : y + rowHeights[(entities.size() - 1) / columns] + 40;
        String ink = dark ? "#e6e9ef" : "#1f2733";
        String paper = dark ? "#1e232b" : "#ffffff";
        String accent = dark ? "#5b9cf5" : "#1a6fdb";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(totalHeight).append("\" viewBox=\"0 0 ").append(width).append(' ').append(totalHeight)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(paper).append("\"/>\n");
        for (Relationship r : model.relationships()) {
            Box from = boxes.get(r.from());
            Box to = boxes.get(r.to());
            if (from == null || to == null) {
                continue;
            }
            if (from == to) {
                // a loop on the right edge, inside the gap to the next column (or the right margin)
                int x = from.x() + BOX_WIDTH;
                svg.append(String.format("<path d=\"M%d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                        x, from.y() + 34, x + 45, from.y() + 20, x + 45, from.y() + 80, x, from.y() + 66, accent));
            } else {
                svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                        from.cx(), from.cy(), to.cx(), to.cy(), accent));
                int lx = (from.cx() + to.cx()) / 2;
                int ly = (from.cy() + to.cy()) / 2;
                String label = r.cardinality() == null ? "" : r.cardinality().json();
                svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>%n",
                        lx - 45, ly - 12, 90, paper, accent));
                svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\" font-size=\"11\">%s</text>%n",
                        lx, ly + 1, ink, escape(label)));
            }
        }
        for (Entity entity : entities) {
            Box box = boxes.get(entity.name());
            svg.append(String.format("<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    box.x(), box.y(), BOX_WIDTH, box.height(), paper, accent));
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"26\" rx=\"6\" fill=\"%s\"/>%n",
                    box.x(), box.y(), BOX_WIDTH, accent));
            svg.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"#ffffff\" font-weight=\"600\">%s</text>%n",
                    box.x() + 10, box.y() + 18, escape(shorten(entity.name(), 28))));
            int line = 0;
            for (Attribute a : entity.attributes()) {
                if (line == MAX_ATTRIBUTES) {
                    svg.append(text(box, line, "… " + (entity.attributes().size() - MAX_ATTRIBUTES) + " more", "", ink, accent, false));
                    break;
                }
                // plain-text key marks: an emoji needs a colour font the viewer may not have
                String mark = a.partOfIdentifier() ? "  PK" : a.mustBeUnique() ? "  UK" : "";
                String type = a.type() == null ? "" : ": " + a.type().json();
                svg.append(text(box, line++, shorten(a.name(), 22) + type, mark, ink, accent, a.partOfIdentifier()));
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(Box box, int line, String content, String mark, String ink, String accent, boolean bold) {
        String tag = mark.isEmpty() ? "" : "<tspan fill=\"" + accent + "\" font-size=\"10\" font-weight=\"700\">" + mark + "</tspan>";
        return String.format("<text x=\"%d\" y=\"%d\" fill=\"%s\"%s>%s%s</text>%n", box.x() + 10,
                box.y() + 26 + 16 + line * LINE, ink, bold ? " font-weight=\"600\"" : "", escape(content), tag);
    }

    private static int height(Entity entity) {
        return 26 + 14 + Math.min(entity.attributes().size(), MAX_ATTRIBUTES + 1) * LINE;
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Escapes text for SVG content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
