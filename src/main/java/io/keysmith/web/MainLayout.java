package io.keysmith.web;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The frame of every screen: the Keysmith name linking home and the light/dark switch. */
@com.vaadin.flow.component.dependency.StyleSheet("context://keysmith.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        Anchor home = new Anchor("", "Keysmith");
        home.addClassName("ks-brand");
        Span tagline = new Span("DynamoDB tables from access patterns");
        tagline.addClassName("ks-tagline");
        HorizontalLayout bar = new HorizontalLayout(home, tagline, new ThemeToggle());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(tagline);
        bar.addClassName("ks-navbar");
        addToNavbar(bar);
        setDrawerOpened(false);
    }
}
