package io.keysmith.web;

import com.vaadin.flow.component.Component;

/**
 * Runs a panel's recomputation on model changes only while the panel is on screen (a tab that is
 * not selected is detached), and once more when it is shown again after changes.
 */
final class WhenShown {

    private WhenShown() {
    }

    static void recompute(Component panel, EditSession session, Runnable recompute) {
        boolean[] stale = {false};
        session.onChange(change -> {
            if (panel.isAttached()) {
                recompute.run();
            } else {
                stale[0] = true;
            }
        });
        panel.addAttachListener(e -> {
            if (stale[0]) {
                stale[0] = false;
                recompute.run();
            }
        });
        recompute.run();
    }
}
