package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a part of the page is on screen, and when it comes on screen. A tab sheet keeps a tab it
 * has shown attached (only hidden) after another tab is selected, so being attached is not being
 * seen: a panel in a hidden tab that redrew itself on every edit sent the browser a whole form per
 * keystroke pause.
 */
final class OnScreen {

    private OnScreen() {
    }

    /** Attached, and in the selected tab of every tab sheet around it. */
    static boolean now(Component component) {
        if (!component.isAttached()) {
            return false;
        }
        Component child = component;
        for (Optional<Component> parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (parent.get() instanceof TabSheet sheet && sheet.getSelectedTab() != null
                    && sheet.getComponent(sheet.getSelectedTab()) != child) {
                return false;
            }
            child = parent.get();
        }
        return true;
    }

    /**
     * Runs {@code shown} whenever the component comes on screen: when it is attached (a tab shown the
     * first time), and when a tab sheet around it selects the tab holding it again.
     */
    static void whenShown(Component component, Runnable shown) {
        List<Registration> tabs = new ArrayList<>();
        component.addAttachListener(e -> {
            tabs.forEach(Registration::remove);
            tabs.clear();
            for (Optional<Component> parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
                if (parent.get() instanceof TabSheet sheet) {
                    tabs.add(sheet.addSelectedChangeListener(selected -> {
                        if (now(component)) {
                            shown.run();
                        }
                    }));
                }
            }
            if (now(component)) {
                shown.run();
            }
        });
        component.addDetachListener(e -> {
            tabs.forEach(Registration::remove);
            tabs.clear();
        });
    }
}
