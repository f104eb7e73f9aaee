package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * How many rows of a long section of the design are drawn, and the button that draws more: a large
 * model's thousands of rows would take seconds to draw in the browser and to replace on every edit.
 */
final class ShowMore {

    private final int first;
    private final int step;
    private int shown;

    /** Draws {@code first} rows at first, and {@code step} more at each click. */
    ShowMore(int first, int step) {
        this.first = first;
        this.step = step;
        this.shown = first;
    }

    /** How many rows are drawn now. */
    int shown() {
        return shown;
    }

    /** Draws rows up to and including the one at {@code index} (counted from 0), the next time they are drawn. */
    void reach(int index) {
        while (shown <= index) {
            shown += step;
        }
    }

    /** Back to the first rows only. */
    void reset() {
        shown = first;
    }

    /**
     * The button under a section of {@code total} rows of which {@link #shown()} are drawn; {@code redraw}
     * draws the section again with more rows.
     */
    Button button(String id, String what, int total, Runnable redraw) {
        int more = Math.min(step, total - shown);
        Button button = new Button(String.format(Locale.ROOT, "Show %,d more %s (%,d of %,d shown)", more, what,
                shown, total), VaadinIcon.ANGLE_DOWN.create(), e -> {
                    shown += step;
                    redraw.run();
                });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("ks-show-more");
        return button;
    }
}
