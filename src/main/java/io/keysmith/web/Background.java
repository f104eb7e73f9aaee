package io.keysmith.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (DynamoDB calls) on a virtual thread and brings its updates back into the UI: pushed
 * to the browser as they happen, or, where push is off, fetched by the browser polling while work runs.
 */
final class Background {

    static final int POLL_MILLIS = 300;

    private final UI ui;

    Background(UI ui) {
        this.ui = ui;
    }

    /** Starts {@code work}; {@code done} or {@code failed} then run in the UI with its result. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        if (!pushes(ui)) {
            ui.setPollInterval(POLL_MILLIS);
        }
        Thread.ofVirtual().name("keysmith-live").start(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                update(() -> {
                    ui.setPollInterval(-1);
                    failed.accept(e);
                });
                return;
            }
            update(() -> {
                ui.setPollInterval(-1);
                done.accept(result);
            });
        });
    }

    /** Whether the server pushes changes made outside a request to this browser tab: then it need not poll. */
    static boolean pushes(UI ui) {
        return ui.getPushConfiguration().getPushMode().isEnabled();
    }

    /** Changes the UI from a work thread; a closed browser tab simply gets no more updates. */
    void update(Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // the user left; the work finishes without anyone to show it to
        }
    }
}
