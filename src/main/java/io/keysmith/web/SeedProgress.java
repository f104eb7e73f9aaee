package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.keysmith.live.CancelToken;
import io.keysmith.live.SeedListener;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The seeding progress bar: items written out of the total, and a button that cancels between requests. */
final class SeedProgress extends HorizontalLayout {

    /** Writer threads report every batch of 25 items; the browser needs a few updates a second at most. */
    private static final long MIN_NANOS_BETWEEN_UPDATES = 150_000_000L;

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final Button cancel = new Button("Cancel", VaadinIcon.CLOSE_SMALL.create());
    private CancelToken token;
    private long written;
    private long total;

    SeedProgress() {
        setId("live-progress");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setId("live-progress-bar");
        bar.setWidth("24rem");
        text.setId("live-progress-text");
        cancel.setId("live-cancel");
        cancel.addClickListener(e -> cancel());
        add(bar, text, cancel);
        setVisible(false);
    }

    /** Shows an empty bar for {@code total} items and returns the token its Cancel button sets. */
    CancelToken start(long total) {
        token = new CancelToken();
        show(0, total);
        cancel.setText("Cancel");
        cancel.setEnabled(true);
        cancel.setVisible(true);
        setVisible(true);
        return token;
    }

    /** A listener for the writer threads that moves the bar through {@code background}, a few times a second. */
    SeedListener listener(Background background) {
        AtomicLong last = new AtomicLong();
        return (written, total) -> {
            long now = System.nanoTime();
            long before = last.get();
            if (written >= total || (now - before > MIN_NANOS_BETWEEN_UPDATES && last.compareAndSet(before, now))) {
                background.update(() -> show(written, total));
            }
        };
    }

    /** Stops the running seed between requests; the writer threads see it within one batch. */
    void cancel() {
        if (token != null) {
            token.cancel();
            cancel.setEnabled(false);
            cancel.setText("Cancelling…");
        }
    }

    /** The seed is done and the access patterns run: no count to show, and nothing left to cancel between requests. */
    void verifying(int patterns) {
        bar.setIndeterminate(true);
        text.setText("Running " + Plural.of(patterns, "access pattern") + " and their write sequences…");
        cancel.setVisible(false);
    }

    void finish() {
        bar.setIndeterminate(false);
        show(written, total);
        cancel.setVisible(false);
        token = null;
    }

    void hide() {
        finish();
        setVisible(false);
    }

    private void show(long written, long total) {
        this.written = written;
        this.total = total;
        bar.setValue(total == 0 ? 1 : Math.min(1, (double) written / total));
        text.setText(String.format(Locale.ROOT, "%,d / %,d items written", written, total));
    }
}
