package io.keysmith.web;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Div;
import io.keysmith.design.Design;
import java.util.Locale;

/** The monthly cost of the single- and the multi-table design side by side, the chosen one marked. */
final class CostCards {

    private CostCards() {
    }

    static HorizontalLayout of(DesignComputation computed) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("design-costs");
        row.setWidthFull();
        row.add(card("Single table", computed.single(), computed.single() == computed.chosen()));
        row.add(card("Multi table", computed.multi(), computed.multi() == computed.chosen()));
        return row;
    }

    /** One style's card, a line or two: on-demand cost first; a design still being computed says so. */
    private static Div card(String title, Design d, boolean chosen) {
        Div card = new Div();
        card.addClassNames("ks-card", "ks-cost-card");
        if (chosen) {
            card.addClassName("ks-card-chosen");
        }
        card.add(span(title, "ks-cost-title"));
        if (d == null) {
            card.add(span("Designing for comparison…", "ks-muted"));
            return card;
        }
        int indexes = d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
        card.add(span(money(d.cost() == null ? 0 : d.cost().onDemandMonthly()) + " / month on demand", "ks-cost-main"));
        card.add(span(money(d.cost() == null ? 0 : d.cost().provisionedMonthly()) + " provisioned", null));
        if (d.cost() != null) {
            card.add(span(money(d.cost().storageMonthly()) + " storage ("
                    + String.format(Locale.ROOT, "%,.2f", d.cost().storageGb()) + " GB, table and indexes)", null));
        }
        card.add(span(Plural.of(d.tables().size(), "table") + ", " + Plural.of(indexes, "GSI"), null));
        return card;
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
