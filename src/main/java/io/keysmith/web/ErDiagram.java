package io.keysmith.web;

import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import io.keysmith.web.DiagramLayout.Box;

/**
 * Draws a model's entity-relationship diagram as SVG, on the server, so no JavaScript library is
 * needed: one box per entity with its attributes, one line per relationship with its cardinality.
 * Every name is XML-escaped here, in one place.
 */
final class ErDiagram {

    private static final int W = DiagramLayout.BOX_WIDTH;

    /** The three colours of a diagram, for the light or the dark theme. */
    record Palette(String ink, String paper, String accent) {
        static Palette of(boolean dark) {
            return dark ? new Palette("#e6e9ef", "#1e232b", "#5b9cf5") : new Palette("#1f2733", "#ffffff", "#1a6fdb");
        }
    }

    private ErDiagram() {
    }

    static String svg(Model model, boolean dark) {
        DiagramLayout layout = DiagramLayout.of(model.entities());
        Palette colours = Palette.of(dark);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.width()).append("\" height=\"")
                .append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width()).append(' ')
                .append(layout.height()).append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(colours.paper()).append("\"/>\n");
        StringBuilder labels = new StringBuilder();
        for (Relationship r : model.relationships()) {
            Box from = layout.boxes().get(r.from());
            Box to = layout.boxes().get(r.to());
            if (from != null && to != null) {
                svg.append(from == to ? loop(from, colours) : line(from, to, colours));
                labels.append(from == to ? "" : label(from, to, r, colours));
            }
        }
        for (Entity entity : model.entities()) {
            svg.append(box(entity, layout.boxes().get(entity.name()), colours));
        }
        svg.append(labels); // last, so that no box hides a cardinality
        return svg.append("</svg>\n").toString();
    }

    /** A relationship of an entity with itself: a loop on the right edge, in the room the layout leaves there. */
    private static String loop(Box box, Palette colours) {
        int x = box.x() + W;
        return String.format("<path d=\"M%d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                x, box.y() + 34, x + 45, box.y() + 20, x + 45, box.y() + 80, x, box.y() + 66, colours.accent());
    }

    private static String line(Box from, Box to, Palette colours) {
        return String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                from.cx(), from.cy(), to.cx(), to.cy(), colours.accent());
    }

    private static String label(Box from, Box to, Relationship r, Palette colours) {
        int lx = (from.cx() + to.cx()) / 2;
        int ly = (from.cy() + to.cy()) / 2;
        String label = r.cardinality() == null ? "" : r.cardinality().json();
        return String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>%n",
                lx - 45, ly - 12, 90, colours.paper(), colours.accent())
                + String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\" font-size=\"11\">%s</text>%n",
                        lx, ly + 1, colours.ink(), escape(label));
    }

    private static String box(Entity entity, Box box, Palette colours) {
        StringBuilder g = new StringBuilder();
        g.append(String.format("<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                box.x(), box.y(), W, box.height(), colours.paper(), colours.accent()));
        g.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\"/>%n",
                box.x(), box.y(), W, DiagramLayout.HEADER, colours.accent()));
        g.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"#ffffff\" font-weight=\"600\">%s</text>%n",
                box.x() + 10, box.y() + 18, escape(shorten(entity.name(), 28))));
        int line = 0;
        for (Attribute a : entity.attributes()) {
            if (line == DiagramLayout.MAX_ATTRIBUTES) {
                g.append(text(box, line, "… " + (entity.attributes().size() - line) + " more", "", colours, false));
                break;
            }
            // plain-text key marks: an emoji needs a colour font the viewer may not have
            String mark = a.partOfIdentifier() ? "  PK" : a.mustBeUnique() ? "  UK" : "";
            String type = a.type() == null ? "" : ": " + a.type().json();
            g.append(text(box, line++, shorten(a.name(), 22) + type, mark, colours, a.partOfIdentifier()));
        }
        return g.append("</g>\n").toString();
    }

    private static String text(Box box, int line, String content, String mark, Palette colours, boolean bold) {
        String tag = mark.isEmpty() ? ""
                : "<tspan fill=\"" + colours.accent() + "\" font-size=\"10\" font-weight=\"700\">" + mark + "</tspan>";
        return String.format("<text x=\"%d\" y=\"%d\" fill=\"%s\"%s>%s%s</text>%n", box.x() + 10,
                box.y() + DiagramLayout.HEADER + 16 + line * DiagramLayout.LINE, colours.ink(),
                bold ? " font-weight=\"600\"" : "", escape(content), tag);
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
