package io.keysmith.web;

import io.keysmith.model.Attribute;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ParentLink;
import io.keysmith.model.Relationship;
import io.keysmith.web.DiagramLayout.Point;
import java.util.List;

/**
 * The crow's-foot marks at the ends of a relationship line (Information Engineering notation):
 * how many items of the entity at that end take part, at least and at most.
 */
enum CrowsFoot {
    EXACTLY_ONE("exactly-one"), ZERO_OR_ONE("zero-or-one"), ONE_OR_MANY("one-or-many"), ZERO_OR_MANY("zero-or-many");

    private final String id;

    CrowsFoot(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /**
     * The mark at the parent's end: each child has exactly one parent, or at most one when one of the
     * attributes holding the parent's identifier is optional ({@code "required": false}).
     */
    static CrowsFoot atFrom(Relationship r, Model model, List<ParentLink> links) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            return ZERO_OR_MANY;
        }
        Entity child = model.entity(r.to()).orElse(null);
        boolean optional = child != null && links.stream().filter(l -> l.relationship() == r)
                .flatMap(l -> l.childAttributes().stream())
                .anyMatch(a -> child.attribute(a).map(Attribute::isOptional).orElse(false));
        return optional ? ZERO_OR_ONE : EXACTLY_ONE;
    }

    /** The mark at the child's end: a parent may have none of its children (the model sets no minimum). */
    static CrowsFoot atTo(Relationship r) {
        return r.cardinality() == Cardinality.ONE_TO_ONE ? ZERO_OR_ONE : ZERO_OR_MANY;
    }

    /** The mark as SVG, where a line meets a box at {@code end}, the line leaving towards {@code next}. */
    String svg(Point end, Point next, String colour, String paper) {
        int dx = Integer.signum(next.x() - end.x());
        int dy = Integer.signum(next.y() - end.y());
        StringBuilder g = new StringBuilder("<g class=\"end\" data-end=\"" + id + "\" fill=\"none\" stroke=\"" + colour
                + "\" stroke-width=\"1.5\">");
        boolean many = this == ONE_OR_MANY || this == ZERO_OR_MANY;
        if (many) {
            // three prongs from the box's edge meeting on the line
            for (int spread : new int[] {-8, 0, 8}) {
                g.append(segment(end.x() - dy * spread, end.y() + dx * spread, end.x() + dx * 13, end.y() + dy * 13));
            }
        }
        boolean bar = this != ZERO_OR_MANY;
        boolean zero = this == ZERO_OR_ONE || this == ZERO_OR_MANY;
        if (this == EXACTLY_ONE) {
            g.append(bar(end, dx, dy, 7));
        }
        if (bar) {
            g.append(bar(end, dx, dy, many ? 17 : 13));
        }
        if (zero) {
            int at = 21;
            g.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"4.5\" fill=\"%s\"/>", end.x() + dx * at,
                    end.y() + dy * at, paper));
        }
        return g.append("</g>\n").toString();
    }

    private static String bar(Point end, int dx, int dy, int at) {
        int cx = end.x() + dx * at;
        int cy = end.y() + dy * at;
        return segment(cx - dy * 7, cy + dx * 7, cx + dy * 7, cy - dx * 7);
    }

    private static String segment(int x1, int y1, int x2, int y2) {
        return String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", x1, y1, x2, y2);
    }
}
