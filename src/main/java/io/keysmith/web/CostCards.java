package io.keysmith.web;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.keysmith.design.Design;
import java.util.Locale;

/** The monthly cost of the single- and the multi-table design side by side, the chosen one marked. */
final class CostCards {

    private CostCards() {
    }

    static HorizontalLayout of(DesignComputation computed) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("design-costs");
        row.add(card("Single table", computed.single(), computed.single() == computed.chosen()));
        row.add(card("Multi table", computed.multi(), computed.multi() == computed.chosen()));
        return row;
    }

    /** One style's card; a design still being computed says so. */
    private static VerticalLayout card(String title, Design d, boolean chosen) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("ks-card");
        if (chosen) {
            card.addClassName("ks-card-chosen");
        }
        card.setSpacing(false);
        card.add(new Span(title));
        if (d == null) {
            Span pending = new Span("Designing for comparison…");
            pending.addClassName("ks-muted");
            card.add(pending);
            return card;
        }
        int indexes = d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
        card.add(new Span(money(d.cost() == null ? 0 : d.cost().onDemandMonthly()) + " / month on demand"));
        card.add(new Span(money(d.cost() == null ? 0 : d.cost().provisionedMonthly()) + " / month provisioned"));
        if (d.cost() != null) {
            card.add(new Span(money(d.cost().storageMonthly()) + " / month storage ("
                    + String.format(Locale.ROOT, "%,.2f", d.cost().storageGb()) + " GB, table and indexes)"));
        }
        card.add(new Span(Plural.of(d.tables().size(), "table") + ", " + Plural.of(indexes, "GSI")));
        return card;
    }

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
