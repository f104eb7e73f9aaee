package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.shared.Registration;

/**
 * The light/dark switch. The choice is kept in the browser (local storage), so it survives a
 * reload; without one, the system's preference decides. Views drawn on the server, such as the
 * diagram, listen with {@link #onChange} and draw themselves again.
 */
final class ThemeToggle extends Button {

    private static final String STORAGE_KEY = "keysmith-color-scheme";

    /** Fired on the UI when the color scheme changed. */
    static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }

    ThemeToggle() {
        super(VaadinIcon.ADJUST.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("theme-toggle");
        setAriaLabel("Switch between light and dark theme");
        setTooltipText("Light / dark theme");
        addClickListener(e -> getUI().ifPresent(ui -> {
            ColorScheme.Value next = isDark(ui) ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK;
            apply(ui, next);
            ui.getPage().executeJs("localStorage.setItem($0, $1)", STORAGE_KEY, next.getValue());
        }));
        addAttachListener(e -> {
            if (e.isInitialAttach()) {
                e.getUI().getPage().executeJs("return localStorage.getItem($0)"
                        + " || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')", STORAGE_KEY)
                        .then(String.class, stored -> {
                            if ("dark".equals(stored) != isDark(e.getUI())) {
                                apply(e.getUI(), "dark".equals(stored) ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
                            }
                        });
            }
        });
    }

    static boolean isDark(UI ui) {
        return ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
    }

    /** Runs {@code redraw} whenever the scheme changes while {@code component} is on screen. */
    static void onChange(Component component, Runnable redraw) {
        Registration[] registration = {null};
        component.addAttachListener(e -> registration[0] = ComponentUtil.addListener(e.getUI(), Changed.class,
                changed -> redraw.run()));
        component.addDetachListener(e -> {
            if (registration[0] != null) {
                registration[0].remove();
            }
        });
    }

    private static void apply(UI ui, ColorScheme.Value scheme) {
        ui.getPage().setColorScheme(scheme);
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }
}
