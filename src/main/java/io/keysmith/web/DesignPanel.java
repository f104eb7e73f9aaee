package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.keysmith.design.Denormalization;
import io.keysmith.design.Design;
import io.keysmith.model.TableStyle;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The design of the model as it stands, recomputed off the UI thread on every change (a large
 * model's design takes seconds; the tab says it is designing and drops results overtaken by a newer
 * edit): cost of single- and multi-table side by side, each table's items grouped by partition, index views, the plan per
 * access pattern, warnings and denormalizations.
 */
final class DesignPanel extends VerticalLayout {

    /**
     * The longest the engine may take for one design before the tab says it gave up: a 2,000-entity
     * model's first design in a cold server takes about a minute on two busy cores.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(180);

    private static final Duration SLOW = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DesignPanel.class);

    private final EditSession session;
    private final RadioButtonGroup<TableStyle> style = new RadioButtonGroup<>();
    private final Span status = new Span();
    private final Div content = new Div();
    private final LatestWork<DesignComputation> work;
    private Component costs;

    DesignPanel(EditSession session) {
        this.session = session;
        this.work = new LatestWork<>(UI.getCurrent(), TIME_LIMIT);
        setId("design");
        setPadding(false);
        style.setItems(TableStyle.values());
        style.setItemLabelGenerator(TableStyle::label);
        style.setLabel("Style");
        style.setValue(TableStyle.SINGLE_TABLE);
        style.setId("design-style");
        style.addValueChangeListener(e -> render());
        status.setId("design-status");
        status.addClassName("ks-muted");
        content.setWidthFull();
        HorizontalLayout top = new HorizontalLayout(style, status);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, content);
        // designed even while another tab is shown (off the UI thread, latest edit only): a large model's
        // design is then ready, or nearly, when the user comes to look at it
        session.onChange(change -> render());
        render();
    }

    /** Starts designing the model as it stands; the previous design stays, dimmed, until the new one is ready. */
    private void render() {
        var model = session.result().model();
        if (model == null || !session.result().ok()) {
            work.cancel();
            state("invalid", "");
            content.removeAll();
            content.add(new Span("The design appears once the model has no errors; see the problems above."));
            return;
        }
        TableStyle chosen = style.getValue();
        state("designing", String.format(Locale.ROOT, "Designing %,d %s and %,d %s…", model.entities().size(),
                model.entities().size() == 1 ? "entity" : "entities", model.accessPatterns().size(),
                model.accessPatterns().size() == 1 ? "access pattern" : "access patterns"));
        work.request(() -> timed("chosen style", () -> DesignComputation.chosen(model, chosen)), computed -> {
            show(computed);
            if (computed.single() == null || computed.multi() == null) {
                state("comparing", "Designing the other style for the cost comparison…");
                work.request(() -> timed("other style", () -> computed.withOther(model)), this::showCosts, this::failed);
            }
        }, this::failed);
    }

    /** Runs a design and logs how long a slow one took: the figure to look at when a large model feels slow. */
    private DesignComputation timed(String what, java.util.function.Supplier<DesignComputation> design) {
        long start = System.nanoTime();
        DesignComputation computed = design.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= SLOW.toMillis()) {
            log.info("Designed {} ({}) in {} ms", session.id(), what, millis);
        }
        return computed;
    }

    private void state(String state, String text) {
        getElement().setAttribute("data-state", state);
        status.setText(text);
        content.setClassName("ks-designing", state.equals("designing"));
    }

    private void failed(RuntimeException e) {
        log.warn("The design of {} failed", session.id(), e);
        String sentence = e instanceof LatestWork.WorkRefused ? e.getMessage()
                : "The engine could not design this model: " + e.getMessage();
        state("failed", "");
        content.removeAll();
        Span message = new Span(sentence);
        message.setId("design-error");
        content.add(message);
    }

    private void showCosts(DesignComputation computed) {
        Component updated = CostCards.of(computed);
        content.replace(costs, updated);
        costs = updated;
        state("ready", "");
    }

    private void show(DesignComputation computed) {
        state("ready", "");
        content.removeAll();
        Design design = computed.chosen();
        costs = CostCards.of(computed);
        content.add(costs);
        for (Table table : design.tables()) {
            content.add(new H3("Table " + table.name()));
            content.add(new Span(keySchema(table)));
            content.add(TableItemsGrid.of(table, computed.items(), null));
            for (SecondaryIndex index : table.globalSecondaryIndexes()) {
                Details view = new Details("Index " + index.name() + " — " + keys(index),
                        TableItemsGrid.of(table, computed.items(), index));
                view.addClassName("ks-index-view");
                content.add(view);
            }
        }
        content.add(new H3("Access pattern plans"), PlansGrid.of(design));
        if (!design.warnings().isEmpty()) {
            content.add(new H3("Warnings"), list(design.warnings().stream()
                    .map(w -> w.target() + ": " + w.message() + (w.remedy() == null ? "" : " — " + w.remedy())).toList(), "warnings"));
        }
        if (!design.denormalizations().isEmpty()) {
            content.add(new H3("Denormalizations"), list(design.denormalizations().stream()
                    .map(DesignPanel::describe).toList(), "denormalizations"));
        }
    }

    private static UnorderedList list(java.util.List<String> lines, String id) {
        UnorderedList ul = new UnorderedList();
        ul.setId(id);
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }

    private static String describe(Denormalization d) {
        return d.kind() + " of " + d.entity() + (d.attributes() == null ? "" : " (" + String.join(", ", d.attributes()) + ")")
                + (d.reason() == null ? "" : ": " + d.reason()) + (d.writeCost() == null ? "" : " — " + d.writeCost());
    }

    private static String keySchema(Table table) {
        return "Partition key " + table.partitionKey().name()
                + (table.sortKey() == null ? "" : ", sort key " + table.sortKey().name())
                + ", " + Plural.of(table.globalSecondaryIndexes().size(), "GSI");
    }

    private static String keys(SecondaryIndex index) {
        return index.partitionKey().name() + (index.sortKey() == null ? "" : " / " + index.sortKey().name());
    }
}
