package io.keysmith.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (DynamoDB calls) on a virtual thread and brings its updates back into the UI.
 * Updates reach the browser by server push ({@link io.keysmith.Application}).
 */
final class Background {

    private final UI ui;

    Background(UI ui) {
        this.ui = ui;
    }

    /** Starts {@code work}; {@code done} or {@code failed} then run in the UI with its result. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        Thread.ofVirtual().name("keysmith-live").start(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                update(() -> failed.accept(e));
                return;
            }
            update(() -> done.accept(result));
        });
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
