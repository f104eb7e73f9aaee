package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;

/**
 * The model screen's body: on a window at least {@link #WIDE} pixels wide the editor's tabs on the
 * left and the design on the right, both on screen while the user types; on a narrower one (a
 * 1366x768 laptop) the design is one of the tabs. Beside the other tabs (diagram, walkthrough, exports,
 * live table) the design steps aside so they have the width. Follows the window as it is resized.
 */
final class SplitView {

    /** From this window width the design stands beside the editor: two columns of readable width. */
    static final int WIDE = 1600;

    private final TabSheet tabs;
    private final Component design;
    private final Tab designTab;
    private final int designPosition;
    private final Div body = new Div();
    private final Div side = new Div();
    private Boolean split;

    SplitView(TabSheet tabs, Component design, Tab designTab) {
        this.tabs = tabs;
        this.design = design;
        this.designTab = designTab;
        this.designPosition = tabs.getIndexOf(designTab);
        body.setId("model-body");
        body.addClassName("ks-model-body");
        side.setId("design-side");
        side.addClassName("ks-design-side");
        tabs.addClassName("ks-model-tabs");
        body.add(tabs);
        // the design stands beside the editor only: the diagram, walkthrough, exports and live table take the width
        tabs.addSelectedChangeListener(e -> showSide());
        Registration[] resize = {null};
        body.addAttachListener(e -> {
            UI ui = e.getUI();
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                layout(details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(d -> layout(d.getWindowInnerWidth()));
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(r -> layout(r.getWidth()));
        });
        body.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    Component component() {
        return body;
    }

    /** Shows the design beside the tabs while the editor's tab is the one shown. */
    private void showSide() {
        side.setVisible(tabs.getSelectedIndex() == 0);
    }

    /** Puts the design beside the tabs or back among them, when the window crossed {@link #WIDE}. */
    private void layout(int windowWidth) {
        boolean wide = windowWidth >= WIDE;
        if (split != null && split == wide) {
            return;
        }
        split = wide;
        body.getElement().setAttribute("data-layout", wide ? "split" : "tabs");
        if (wide) {
            boolean designShown = tabs.getSelectedTab() == designTab;
            tabs.remove(designTab);
            side.add(design);
            // a tab sheet disables the content of every tab but the selected one: beside the tabs it is live
            design.getElement().setEnabled(true);
            body.add(side);
            if (designShown) {
                tabs.setSelectedIndex(0); // the design is beside; the editor takes its place
            }
            showSide();
        } else if (side.getParent().isPresent()) {
            Tab shown = tabs.getSelectedTab();
            body.remove(side);
            tabs.add(designTab, design, Math.min(designPosition, tabs.getTabCount()));
            TabsStayEnabled.enableAll(tabs); // adding a tab disabled the hidden ones again
            if (shown != null) {
                tabs.setSelectedTab(shown); // the tab put back before it must not take its place
            }
        }
    }
}
