package io.keysmith.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.keysmith.design.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly cost of the single- and the multi-table design side by side, the chosen one marked.
 * Kept across designs: a card is drawn again only when its text changed, and while the other style's
 * design is being computed for the comparison its card keeps the last figures, dimmed, rather than
 * flicker to a message and back on every edit.
 */
final class CostCards extends HorizontalLayout {

    /** A line of a card: its text and CSS class (null for none). */
    private record Line(String text, String className) {
    }

    private static final List<Line> COMPARING = List.of(new Line("Designing for comparison…", "ks-muted"));

    private final Div single = card();
    private final Div multi = card();
    private List<Line> singleLines = List.of();
    private List<Line> multiLines = List.of();

    CostCards() {
        setId("design-costs");
        setWidthFull();
        add(single, multi);
    }

    /** Shows the costs of what {@code computed} holds; a style not designed yet keeps its last figures, dimmed. */
    void show(DesignComputation computed) {
        singleLines = draw(single, "Single table", computed.single(), computed.single() == computed.chosen(), singleLines);
        multiLines = draw(multi, "Multi table", computed.multi(), computed.multi() == computed.chosen(), multiLines);
    }

    private static Div card() {
        Div card = new Div();
        card.addClassNames("ks-card", "ks-cost-card");
        return card;
    }

    private static List<Line> draw(Div card, String title, Design d, boolean chosen, List<Line> before) {
        card.setClassName("ks-card-chosen", chosen && d != null);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(title, "ks-cost-title"));
        if (d == null) {
            boolean figures = before.size() > 1 && !before.subList(1, before.size()).equals(COMPARING);
            card.setClassName("ks-designing", figures);
            if (figures) {
                return before; // the last figures, dimmed, until the comparison is ready
            }
            lines.addAll(COMPARING);
        } else {
            card.removeClassName("ks-designing");
            lines.addAll(figures(d));
        }
        if (!lines.equals(before)) {
            card.removeAll();
            lines.forEach(line -> card.add(span(line)));
        }
        return lines;
    }

    /** One style's figures, a line or two: on-demand cost first. */
    private static List<Line> figures(Design d) {
        List<Line> lines = new ArrayList<>();
        int indexes = d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
        lines.add(new Line(money(d.cost() == null ? 0 : d.cost().onDemandMonthly()) + " / month on demand", "ks-cost-main"));
        lines.add(new Line(money(d.cost() == null ? 0 : d.cost().provisionedMonthly()) + " provisioned", null));
        if (d.cost() != null) {
            lines.add(new Line(money(d.cost().storageMonthly()) + " storage ("
                    + String.format(Locale.ROOT, "%,.2f", d.cost().storageGb()) + " GB, table and indexes)", null));
        }
        lines.add(new Line(Plural.of(d.tables().size(), "table") + ", " + Plural.of(indexes, "GSI"), null));
        return lines;
    }

    private static Span span(Line line) {
        Span span = new Span(line.text());
        if (line.className() != null) {
            span.addClassName(line.className());
        }
        return span;
    }

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
