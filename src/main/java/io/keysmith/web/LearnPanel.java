package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.ItemRow;
import io.keysmith.design.Step;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's reasoning, one step at a time, for someone new to DynamoDB: the rule, why it
 * fired, what it changed, and how the entities it touched are keyed in the table after it.
 */
final class LearnPanel extends VerticalLayout {

    private final EditSession session;
    private final VerticalLayout step = new VerticalLayout();
    private final Span position = new Span();
    private final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> move(-1));
    private final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
    private List<Step> steps = List.of();
    private Design design;
    private int current;

    LearnPanel(EditSession session) {
        this.session = session;
        setId("learn");
        setPadding(false);
        previous.setId("learn-previous");
        next.setId("learn-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        position.setId("learn-position");
        HorizontalLayout nav = new HorizontalLayout(previous, position, next);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        step.addClassName("ks-step");
        step.setId("learn-step");
        add(new Paragraph("Keysmith designs the table by applying rules to your access patterns, one after "
                + "another. Step through them to see why each key, index and item exists."), nav, step);
        WhenShown.recompute(this, session, this::recompute);
    }

    private void recompute() {
        var model = session.result().model();
        design = model == null || !session.result().ok() ? null : safeDesign(model);
        steps = design == null ? List.of() : design.steps();
        current = Math.min(current, Math.max(0, steps.size() - 1));
        show();
    }

    private static Design safeDesign(io.keysmith.model.Model model) {
        try {
            return DesignEngine.design(model);
        } catch (RuntimeException e) {
            return null;
        }
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
            step.add(new Span("The walkthrough appears once the model has no errors."));
            return;
        }
        Step s = steps.get(current);
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
        List<String> keyed = keysOf(s);
        if (!keyed.isEmpty()) {
            step.add(new Span("How these entities are stored in the finished design:"), bullets(keyed));
        }
    }

    private List<String> keysOf(Step s) {
        List<String> lines = new ArrayList<>();
        if (s.entities() == null) {
            return lines;
        }
        for (Table table : design.tables()) {
            for (ItemRow row : table.items()) {
                if (s.entities().contains(row.entity())) {
                    lines.add(row.entity() + " in " + table.name() + ": " + row.keys());
                }
            }
        }
        return lines;
    }

    private static UnorderedList bullets(List<String> lines) {
        UnorderedList ul = new UnorderedList();
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }
}
