package io.keysmith.web;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/** The tabs beside the editor (design, diagram, learn, export, live), each recomputed from the session. */
final class ModelTabs {

    /** A tab title and its content. */
    record Tab(String title, Component content) {
    }

    private ModelTabs() {
    }

    static List<Tab> all(EditSession session) {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab("Design", new DesignPanel(session)));
        tabs.add(new Tab("Diagram", new DiagramPanel(session)));
        tabs.add(new Tab("Learn", new LearnPanel(session)));
        tabs.add(new Tab("Export", new ExportPanel(session)));
        tabs.add(new Tab("Live table", LivePanel.of(session)));
        return tabs;
    }
}
