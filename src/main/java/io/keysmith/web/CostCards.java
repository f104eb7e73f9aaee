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
        for (Design d : new Design[] {computed.single(), computed.multi()}) {
            VerticalLayout card = new VerticalLayout();
            card.addClassName("ks-card");
            if (d == computed.chosen()) {
                card.addClassName("ks-card-chosen");
            }
            card.setSpacing(false);
            int indexes = d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
            card.add(new Span(d == computed.single() ? "Single table" : "Multi table"));
            card.add(new Span(money(d.cost() == null ? 0 : d.cost().onDemandMonthly()) + " / month on demand"));
            card.add(new Span(money(d.cost() == null ? 0 : d.cost().provisionedMonthly()) + " / month provisioned"));
            if (d.cost() != null) {
                card.add(new Span(money(d.cost().storageMonthly()) + " / month storage ("
                        + String.format(Locale.ROOT, "%,.2f", d.cost().storageGb()) + " GB, table and indexes)"));
            }
            card.add(new Span(Plural.of(d.tables().size(), "table") + ", " + Plural.of(indexes, "GSI")));
            row.add(card);
        }
        return row;
    }

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
