package io.keysmith.web;

import io.keysmith.model.Attribute;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ParentLink;
import io.keysmith.model.ParentLinks;
import io.keysmith.model.Relationship;
import io.keysmith.web.DiagramLayout.Box;
import io.keysmith.web.DiagramLayout.Point;
import java.util.List;

/**
 * Draws a model's entity-relationship diagram as a standalone SVG document, on the server, so no
 * JavaScript library is needed: one box per entity with its attributes, one orthogonal line per
 * relationship with crow's-foot marks at both ends ({@link CrowsFoot}) and its name as a label,
 * placed by {@link DiagramLayout}. Every name is XML-escaped here, in one place.
 */
final class ErDiagram {

    /** The three colours of a diagram, for the light or the dark theme. */
    record Palette(String ink, String paper, String accent) {
        static Palette of(boolean dark) {
            return dark ? new Palette("#e6e9ef", "#1e232b", "#5b9cf5") : new Palette("#1f2733", "#ffffff", "#1a6fdb");
        }
    }

    private ErDiagram() {
    }

    static String svg(Model model, boolean dark) {
        List<DiagramLayout.Edge> edges = model.relationships().stream().map(ErDiagram::edge).toList();
        DiagramLayout layout = DiagramLayout.of(model.entities(), edges);
        Palette colours = Palette.of(dark);
        List<ParentLink> links = ParentLinks.of(model);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.width()).append("\" height=\"")
                .append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width()).append(' ')
                .append(layout.height()).append("\" font-family=\"system-ui, -apple-system, Segoe UI, Roboto, sans-serif\" font-size=\"13\">\n");
        svg.append("<title>").append(escape("Entity-relationship diagram of " + (model.name() == null ? "a model" : model.name())))
                .append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(colours.paper()).append("\"/>\n");
        StringBuilder labels = new StringBuilder();
        for (int k = 0; k < edges.size(); k++) {
            Relationship r = model.relationships().get(k);
            DiagramLayout.Route route = layout.routes().get(k);
            if (route != null) {
                svg.append(line(r, route, colours, model, links));
                if (route.label() != null) {
                    labels.append(label(r, route.label(), edges.get(k).label(), colours));
                }
            }
        }
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (int i = 0; i < model.entities().size(); i++) {
            Entity entity = model.entities().get(i);
            if (drawn.add(entity.name())) { // a second entity of the same name is a problem listed above, not a second box
                svg.append(box(entity, i, layout.boxes().get(entity.name()), colours));
            }
        }
        svg.append(labels); // last, so that no line crosses a label
        return svg.append("</svg>\n").toString();
    }

    /** Parent above child; a many-to-many line takes the boxes as they come and says what carries it. */
    private static DiagramLayout.Edge edge(Relationship r) {
        boolean manyToMany = r.cardinality() == Cardinality.MANY_TO_MANY;
        String label = r.name() != null && !r.name().isBlank() ? r.name()
                : manyToMany && r.through() != null ? "through " + r.through() : "";
        return new DiagramLayout.Edge(r.from(), r.to(), !manyToMany, shorten(label.strip(), 40));
    }

    private static String line(Relationship r, DiagramLayout.Route route, Palette colours, Model model,
            List<ParentLink> links) {
        List<Point> points = route.points();
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(d.isEmpty() ? "M" : " L").append(p.x()).append(' ').append(p.y());
        }
        String cardinality = r.cardinality() == null ? "" : r.cardinality().json();
        StringBuilder g = new StringBuilder();
        g.append("<g class=\"relationship\" data-from=\"").append(escape(r.from())).append("\" data-to=\"")
                .append(escape(r.to())).append("\" data-cardinality=\"").append(cardinality).append("\">\n");
        g.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colours.accent())
                .append("\" stroke-width=\"1.5\"")
                .append(r.cardinality() == Cardinality.MANY_TO_MANY ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
        if (r.cardinality() != null) {
            int last = points.size() - 1;
            g.append(CrowsFoot.atFrom(r, model, links).svg(points.get(0), points.get(1), colours.accent(), colours.paper()));
            g.append(CrowsFoot.atTo(r).svg(points.get(last), points.get(last - 1), colours.accent(), colours.paper()));
        }
        return g.append("</g>\n").toString();
    }

    private static String label(Relationship r, DiagramLayout.Rect at, String text, Palette colours) {
        return String.format("<g class=\"label\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" "
                + "stroke=\"%s\" stroke-opacity=\"0.5\"/>%n", at.x(), at.y(), at.width(), at.height(), colours.paper(), colours.accent())
                + String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\" font-size=\"11\">%s</text></g>%n",
                        at.x() + at.width() / 2, at.y() + at.height() - 4, colours.ink(), escape(text));
    }

    private static String box(Entity entity, int index, Box box, Palette colours) {
        StringBuilder g = new StringBuilder();
        g.append("<g class=\"entity\" data-entity=\"").append(escape(entity.name())).append("\" data-index=\"").append(index)
                .append("\">");
        g.append("<title>").append(escape(entity.name())).append("</title>\n");
        g.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                box.x(), box.y(), box.width(), box.height(), colours.paper(), colours.accent()));
        // the header: rounded at the top like the box, square where the attributes start
        g.append(String.format("<path d=\"M%d %d v%d a6 6 0 0 1 6 -6 h%d a6 6 0 0 1 6 6 v%d z\" fill=\"%s\"/>%n",
                box.x(), box.y() + DiagramLayout.HEADER, 6 - DiagramLayout.HEADER, box.width() - 12,
                DiagramLayout.HEADER - 6, colours.accent()));
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
