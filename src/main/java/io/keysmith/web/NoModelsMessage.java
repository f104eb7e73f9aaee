package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What the workspace list says when it shows no model: that nothing matches the search, naming it,
 * with a way to clear it; or that the workspace has no model yet, and how to start one. The user's
 * text is set as text, never as HTML.
 */
final class NoModelsMessage extends VerticalLayout {

    private final Runnable clearSearch;

    NoModelsMessage(Runnable clearSearch) {
        this.clearSearch = clearSearch;
        setId("models-empty");
        setSpacing(false);
        setAlignItems(Alignment.START);
    }

    /** Says that no model matches {@code query}, as the user typed it. */
    void noMatch(String query) {
        removeAll();
        getElement().setAttribute("data-reason", "no-match");
        Span text = new Span("No model matches \u201c" + query + "\u201d.");
        headline(text);
        Span hint = new Span("The search looks in model names, file names, descriptions and entity names.");
        hint.addClassName("ks-muted");
        Button clear = new Button("Clear search", VaadinIcon.CLOSE_SMALL.create(), e -> clearSearch.run());
        clear.setId("clear-search");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, clear, hint);
    }

    /** Says that the workspace holds no model and points to the buttons that make or bring one. */
    void noModels() {
        removeAll();
        getElement().setAttribute("data-reason", "no-models");
        Span text = new Span("This workspace has no models yet.");
        headline(text);
        Span hint = new Span("Start one with \u201cNew model\u201d, or bring one in with \u201cImport\u201d: a Keysmith model,"
                + " a NoSQL Workbench model or SQL table definitions.");
        hint.addClassName("ks-muted");
        add(text, hint);
    }

    /** The sentence that says why, in the body's colour: the grid draws its empty state muted. */
    private static void headline(Span text) {
        text.setId("models-empty-text");
        text.getStyle().set("color", "var(--lumo-body-text-color)").set("font-weight", "500");
    }
}
