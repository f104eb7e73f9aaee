package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.Step;
import io.keysmith.design.TableSnapshot;
import io.keysmith.design.Walkthrough;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's reasoning, one step at a time, for someone new to DynamoDB: the rule, why it
 * fired, what it changed, and the table as it stands after it, with the rows it changed tinted.
 */
final class LearnPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(LearnPanel.class);

    /**
     * The engine's walkthrough; a test puts a failing one here to see the panel explain a failure,
     * because no valid model makes the engine's walkthrough fail today.
     */
    static volatile Function<Model, List<Walkthrough.Stage>> engine = model -> DesignEngine.walkthrough(model, null);

    static final int ROWS = 100;
    private static final int ROWS_MORE = 400;

    private final EditSession session;
    private final VerticalLayout step = new VerticalLayout();
    private final Span position = new Span();
    private final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> move(-1));
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
    // Kept across steps: someone following a large model's changes wants them step after step.
    private final Checkbox onlyChanged = new Checkbox("Only the rows each step changes", e -> show());
    private List<Shown> steps = List.of();
    /** Table rows drawn per step: a large model's thousands take seconds to draw; kept across steps. */
    private final ShowMore rows = new ShowMore(ROWS, ROWS_MORE);
    /** Why the walkthrough could not be made, in a sentence for the user; null when it was. */
    private String failure;
    private int current;

    /** A step with the table before and after the rule that recorded it and the rows that rule changed. */
    private record Shown(Step step, TableSnapshot before, TableSnapshot table, Set<String> changed) {
    }

    LearnPanel(EditSession session) {
        this.session = session;
        setId("learn");
        setPadding(false);
        previous.setId("learn-previous");
        next.setId("learn-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        position.setId("learn-position");
        onlyChanged.setId("learn-only-changed");
        HorizontalLayout nav = new HorizontalLayout(previous, position, next, onlyChanged);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        // a long table pushes the buttons out of view; they stay at the top of the scrolled page
        nav.addClassName("ks-learn-nav");
        nav.setId("learn-nav");
        step.addClassName("ks-step");
        step.setId("learn-step");
        add(new Paragraph("Keysmith designs the table by applying rules to your access patterns, one after "
                + "another. Step through them to see why each key, index and item exists."), nav, step);
        WhenShown.recompute(this, session, this::recompute);
    }

    private void recompute() {
        var model = session.result().model();
        failure = null;
        try {
            steps = model == null || !session.result().ok() ? List.of() : walkthrough(model);
        } catch (RuntimeException e) {
            log.warn("The walkthrough of {} failed", session.id(), e);
            failure = PanelFailure.sentence("The engine could not explain this model's design", e);
            steps = List.of();
        }
        current = Math.min(current, Math.max(0, steps.size() - 1));
        show();
    }

    private static List<Shown> walkthrough(Model model) {
        List<Walkthrough.Stage> stages = engine.apply(model);
        List<Shown> out = new ArrayList<>();
        TableSnapshot before = null;
        for (Walkthrough.Stage stage : stages) {
            TableSnapshot previous = before;
            stage.steps().forEach(s -> out.add(new Shown(s, previous, stage.table(), stage.changed())));
            before = stage.table();
        }
        return out;
    }

    private void move(int delta) {
        current = Math.max(0, Math.min(steps.size() - 1, current + delta));
        show();
    }

    private void show() {
        step.removeAll();
        previous.setEnabled(current > 0);
        next.setEnabled(current < steps.size() - 1);
        if (steps.isEmpty()) {
            position.setText("");
            Span message = new Span(failure != null ? failure : "The walkthrough appears once the model has no errors.");
            if (failure != null) {
                message.setId("learn-error");
                message.addClassName("ks-panel-error");
            }
            step.add(message);
            return;
        }
        Shown shown = steps.get(current);
        Step s = shown.step();
        position.setText("Step " + (current + 1) + " of " + steps.size());
        step.add(new H3(s.title() == null ? s.rule() : s.title()));
        Span rule = new Span("Rule: " + s.rule() + (Boolean.FALSE.equals(s.fired()) ? " (did not apply)" : ""));
        rule.addClassName("ks-muted");
        step.add(rule);
        if (s.explanation() != null) {
            step.add(new Paragraph(s.explanation()));
        }
        if (s.changes() != null && !s.changes().isEmpty()) {
            step.add(new Span("What changed:"), bullets(s.changes()));
        }
        step.add(new H4("The table after this step"), tableLegend(shown),
                SnapshotTable.of(shown.table(), shown.before(), shown.changed(), onlyChanged.getValue(), rows.shown()));
        long listed = onlyChanged.getValue()
                ? shown.table().rows().stream().filter(r -> shown.changed().contains(r.id())).count()
                : shown.table().rows().size();
        if (listed > rows.shown()) {
            step.add(rows.button("learn-table-more", "rows", (int) listed, this::show));
        }
    }

    private Span tableLegend(Shown shown) {
        List<String> indexes = shown.table().indexes();
        int rows = shown.table().rows().size();
        long kept = shown.table().rows().stream().filter(r -> shown.changed().contains(r.id())).count();
        String hidden = onlyChanged.getValue() && kept < rows
                ? " The other " + (rows - kept) + " of " + rows + " rows are hidden." : "";
        String text = (indexes.isEmpty() ? "No secondary indexes yet. " : "Indexes so far: " + String.join(", ", indexes) + ". ")
                + (shown.changed().isEmpty() ? "This step changed no row."
                        : "Tinted rows changed in this step, their changed cells in bold.") + hidden;
        Span legend = new Span(text);
        legend.setId("learn-table-legend");
        legend.addClassName("ks-muted");
        return legend;
    }

    private static UnorderedList bullets(List<String> lines) {
        UnorderedList ul = new UnorderedList();
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }
}
