package io.keysmith.web;

import com.vaadin.flow.component.Component;

/**
 * Runs a panel's recomputation only while the panel is on screen (a tab that is not selected is
 * detached): on model changes while shown, and when it is shown after changes or for the first time.
 * A panel never shown costs nothing, so a large model opens without its walkthrough or exports.
 */
final class WhenShown {

    private WhenShown() {
    }

    static void recompute(Component panel, EditSession session, Runnable recompute) {
        boolean[] stale = {true};
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
        if (panel.isAttached()) {
            stale[0] = false;
            recompute.run();
        }
    }
}
