package io.keysmith.web;

import com.vaadin.flow.component.Component;

/**
 * Runs a panel's recomputation only while the panel is on screen ({@link OnScreen}): on model changes
 * while shown, and when it is shown after changes or for the first time. A panel not on screen costs
 * nothing per edit, so a large model opens without its walkthrough or exports, and typing is not
 * slowed by a tab visited earlier.
 */
final class WhenShown {

    private WhenShown() {
    }

    static void recompute(Component panel, EditSession session, Runnable recompute) {
        boolean[] stale = {true};
        session.onChange(change -> {
            if (OnScreen.now(panel)) {
                recompute.run();
            } else {
                stale[0] = true;
            }
        });
        OnScreen.whenShown(panel, () -> {
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
