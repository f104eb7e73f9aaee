package io.keysmith.web;

import com.vaadin.flow.component.Component;
import java.util.function.Predicate;

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
        boolean attached = panel.isAttached();
        follow(panel, session, change -> true, attached, recompute);
        if (attached) {
            recompute.run();
        }
    }

    /**
     * Redraws the panel on each change it {@code concerns} while it is on screen, and once when it comes
     * on screen after changes it missed; {@code drawn} says whether it already shows the model as it is.
     */
    static void follow(Component panel, EditSession session, Predicate<EditSession.Change> concerns, boolean drawn,
            Runnable draw) {
        boolean[] stale = {!drawn};
        session.onChange(change -> {
            if (!concerns.test(change)) {
                return;
            }
            if (OnScreen.now(panel)) {
                draw.run();
            } else {
                stale[0] = true;
            }
        });
        OnScreen.whenShown(panel, () -> {
            if (stale[0]) {
                stale[0] = false;
                draw.run();
            }
        });
    }
}
