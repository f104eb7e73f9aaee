package io.keysmith.web;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every screen: the Keysmith name linking home, the light/dark switch and, after a login, Log out. */
// both sheets with the frame: a sheet named by a panel loads only once that panel is shown, and the
// model screen's layout (design-view.css) is needed before the design tab ever is
@com.vaadin.flow.component.dependency.StyleSheet("context://keysmith.css")
@com.vaadin.flow.component.dependency.StyleSheet("context://design-view.css")
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Anchor home = new Anchor("", "Keysmith");
        home.addClassName("ks-brand");
        Span tagline = new Span("DynamoDB tables from access patterns");
        tagline.addClassName("ks-tagline");
        HorizontalLayout bar = new HorizontalLayout(home, tagline, new ThemeToggle());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(tagline);
        authentication.getPrincipalName().filter(name -> authentication.isAuthenticated()).ifPresent(name -> {
            Button logout = new Button("Log out " + name, e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(logout);
        });
        bar.addClassName("ks-navbar");
        addToNavbar(bar);
        setDrawerOpened(false);
        addAttachListener(e -> UnsavedInput.guard(e.getUI()));
    }
}
