package io.keysmith.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;

/** The frame of every screen: the Keysmith name linking home and the light/dark switch. */
@com.vaadin.flow.component.dependency.StyleSheet("context://keysmith.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        Anchor home = new Anchor("", "Keysmith");
        home.addClassName("ks-brand");
        Span tagline = new Span("DynamoDB tables from access patterns");
        tagline.addClassName("ks-tagline");
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setId("theme-toggle");
        theme.setAriaLabel("Switch between light and dark theme");
        theme.setTooltipText("Light / dark theme");
        HorizontalLayout bar = new HorizontalLayout(home, tagline, theme);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(tagline);
        bar.addClassName("ks-navbar");
        addToNavbar(bar);
        setDrawerOpened(false);
    }

    private static void toggleTheme() {
        var page = UI.getCurrent().getPage();
        page.setColorScheme(page.getColorScheme() == ColorScheme.Value.DARK ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
    }
}
