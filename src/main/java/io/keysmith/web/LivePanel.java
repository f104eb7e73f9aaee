package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import io.keysmith.design.Design;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.CancelToken;
import io.keysmith.live.Target;
import io.keysmith.model.Model;
import io.keysmith.security.Access;
import java.util.function.Supplier;

/**
 * The Live table tab: shows what applying the design would do, then creates and seeds the tables
 * with a progress bar and runs every access pattern against them. DynamoDB work runs off the UI thread.
 */
final class LivePanel extends VerticalLayout {

    private final EditSession session;
    private final EmbeddedDynamo shared;
    private final LiveTargetForm form;
    private final Button planButton = new Button("Show plan", VaadinIcon.SEARCH.create());
    private final Button applyButton = new Button("Create and seed", VaadinIcon.PLAY.create());
    private final Div error = new Div();
    private final Span status = new Span();
    private final Pre planText = new Pre();
    private final SeedProgress progress = new SeedProgress();
    private final Span seeded = new Span();
    private final LiveResults results = new LiveResults();
    private LiveRun.Planned planned;
    private boolean busy;

    LivePanel(EditSession session, EmbeddedDynamo shared, Access access) {
        this.session = session;
        this.shared = shared;
        this.form = new LiveTargetForm(access.allowEndpoints(), access.allowAws());
        setId("live");
        setPadding(false);
        planButton.setId("live-plan-button");
        planButton.addClickListener(e -> plan());
        applyButton.setId("live-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setEnabled(false);
        applyButton.addClickListener(e -> apply());
        error.setId("live-error");
        error.addClassName("ks-live-error");
        error.setVisible(false);
        status.setId("live-status");
        status.addClassName("ks-muted");
        planText.setId("live-plan");
        planText.addClassName("ks-preview");
        planText.setVisible(false);
        seeded.setId("live-seeded");
        state("idle");
        HorizontalLayout applyRow = new HorizontalLayout(applyButton, progress);
        applyRow.setAlignItems(FlexComponent.Alignment.CENTER);
        applyRow.setWidthFull();
        add(new Paragraph("Create the design's tables on DynamoDB, load generated sample items and run every access "
                + "pattern against them. Show the plan first: nothing changes until you press Create and seed. "
                + "Tick \u201cStart from empty tables\u201d to delete the items a table holds before the seed."),
                form, planButton, error, planText, applyRow, seeded, status, results);
        // a closed browser tab stops its seed rather than leaving it to run for no one
        addDetachListener(e -> {
            if (e.getUI().isClosing()) {
                progress.cancel();
            }
        });
        // a plan shown is out of date once an option changes: ticking Replace after a refusal plans again at once
        form.onChange(() -> {
            String state = getElement().getAttribute("data-state");
            if (!busy && ("planned".equals(state) || "refused".equals(state))) {
                plan();
            }
        });
        session.onChange(change -> {
            if (!busy && !"idle".equals(getElement().getAttribute("data-state"))) {
                reset();
                status.setText("The model changed; show the plan again.");
            }
        });
    }

    /** The panel with the app's shared local engine and the targets it allows, for the tab list (which is not a Spring bean). */
    static LivePanel of(EditSession session) {
        Instantiator beans = VaadinService.getCurrent().getInstantiator();
        return new LivePanel(session, beans.getOrCreate(EmbeddedDynamo.class), beans.getOrCreate(Access.class));
    }

    private void plan() {
        reset();
        Model model = session.result().model();
        if (model == null || !session.result().ok()) {
            state("failed");
            fail("The live table needs a model without errors; see the problems above.");
            return;
        }
        Supplier<Target> target;
        ApplyOptions options;
        Design design;
        try {
            target = form.target(shared);
            options = form.options();
            design = WebDesigns.of(model, null);
        } catch (RuntimeException e) {
            state("failed");
            fail(LiveMessages.failure(e, "Nothing was changed."));
            return;
        }
        setBusy(true);
        state("planning");
        status.setText("Reading the tables at " + form.describe(shared) + "…");
        new Background(getUI().orElseThrow()).run(() -> LiveRun.plan(target, model, design, options), this::showPlan, e -> {
            setBusy(false);
            state("failed");
            status.setText("");
            fail(LiveMessages.failure(e, "Nothing was changed."));
        });
    }

    private void showPlan(LiveRun.Planned p) {
        setBusy(false);
        planText.setText(LiveMessages.plan(p.plan(), form.describe(shared)));
        planText.setVisible(true);
        if (p.plan().refused()) {
            state("refused");
            status.setText("");
            fail(LiveMessages.refused(p.plan(), p.target().isAws()));
            return;
        }
        planned = p;
        state("planned");
        applyButton.setEnabled(true);
        status.setText("Check the plan, then create and seed.");
    }

    private void apply() {
        LiveRun.Planned p = planned;
        long total = p.plan().items().size();
        planned = null;
        setBusy(true);
        state("seeding");
        status.setText("Creating the tables and writing " + String.format("%,d", total) + " items…");
        Background background = new Background(getUI().orElseThrow());
        CancelToken token = progress.start(total);
        background.run(() -> LiveRun.apply(p, progress.listener(background), token,
                () -> background.update(() -> {
                    progress.verifying(p.plan().design().accessPatterns().size());
                    status.setText("Running " + Plural.of(p.plan().design().accessPatterns().size(), "access pattern")
                            + " against the table…");
                })), a -> showApplied(a, total), e -> {
            setBusy(false);
            state("failed");
            progress.finish();
            status.setText("");
            fail(LiveMessages.failure(e, "The tables may hold some of the items; show the plan to see their state."));
        });
    }

    private void showApplied(LiveRun.Applied a, long total) {
        setBusy(false);
        progress.finish();
        if (a.seed().cancelled()) {
            state("cancelled");
            status.setText(LiveMessages.cancelled(a.seed(), total));
            return;
        }
        seeded.setText(LiveMessages.seeded(a.seed()));
        if (a.report() == null) {
            state("failed");
            fail("The tables hold " + a.seed().counted() + " items but " + a.seed().written()
                    + " were written; the access patterns were not run.");
            status.setText("");
            return;
        }
        state("verified");
        results.show(a.report());
        // the results open below the plan and the progress, past the bottom of a laptop's window: bring them up
        results.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'start'}))");
        status.setText(a.report().failed() == 0 ? "Every access pattern works on the live table."
                : Plural.of(a.report().failed(), "access pattern") + " failed on the live table; see the reasons below.");
    }

    private void reset() {
        planned = null;
        state("idle");
        error.setVisible(false);
        status.setText("");
        planText.setVisible(false);
        applyButton.setEnabled(false);
        progress.hide();
        seeded.setText("");
        results.clear();
    }

    /** Where the tab is (idle, planning, planned, refused, seeding, verified, cancelled, failed), for styles and tests. */
    private void state(String name) {
        getElement().setAttribute("data-state", name);
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void setBusy(boolean b) {
        busy = b;
        form.setBusy(b);
        planButton.setEnabled(!b);
        applyButton.setEnabled(!b && planned != null);
    }
}
