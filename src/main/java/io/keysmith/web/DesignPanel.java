package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.keysmith.design.Denormalization;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.model.TableStyle;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The design of the model as it stands, recomputed off the UI thread on every change (a large
 * model's design takes seconds; the panel says it is designing and drops results overtaken by a newer
 * edit): cost of single- and multi-table side by side, each entity's key templates per table and
 * index, the plan per access pattern by name, each table's and index's items, warnings and
 * denormalizations. What an edit changed is highlighted for a moment ({@link #FRESH}).
 */
final class DesignPanel extends VerticalLayout {

    /**
     * The longest the engine may take for one design before the tab says it gave up: a 2,000-entity
     * model's first design in a cold server takes about a minute on two busy cores.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(180);

    private static final Duration SLOW = Duration.ofSeconds(1);

    /** Key-template rows drawn at first and added per "Show more": a screenful or two, and all of a small model's. */
    static final int KEY_ROWS = 60;
    private static final int KEY_ROWS_MORE = 200;
    /** Warnings and denormalizations listed at first and added per "Show more". */
    static final int NOTE_ROWS = 50;
    private static final int NOTE_ROWS_MORE = 200;

    private static final Logger log = LoggerFactory.getLogger(DesignPanel.class);

    private final EditSession session;
    private final RadioButtonGroup<TableStyle> style = new RadioButtonGroup<>();
    private final Span status = new Span();
    private final Div content = new Div();
    private final LatestWork<DesignComputation> work;
    /** The other style, for the cost comparison: on its own, so the next edit's design never waits for it. */
    private final LatestWork<Design> comparison;
    private final Div sections = new Div();
    private final Div keys = new Div();
    private final PlansGrid plans = new PlansGrid(this::showEntity, this::editPattern);
    private final ItemsSection items = new ItemsSection();
    private final Div notes = new Div();
    private final CostCards costs = new CostCards();
    /** Key-template rows drawn: the first ones, more on request. */
    private final ShowMore keyRows = new ShowMore(KEY_ROWS, KEY_ROWS_MORE);
    /** Warnings and denormalizations listed, of each. */
    private final ShowMore noteRows = new ShowMore(NOTE_ROWS, NOTE_ROWS_MORE);
    private Design shownDesign;
    private DesignChanges shownChanges = DesignChanges.NONE;
    private Map<String, List<String>> shownPatterns = Map.of();
    private Design previous;
    private int shown;
    /** What the warnings and denormalizations on screen were drawn from. */
    private List<Object> notesDrawn = List.of();

    /** The CSS class (and grid part) of what the last edit changed, highlighted for a moment. */
    static final String FRESH = "ks-fresh";

    DesignPanel(EditSession session) {
        this.session = session;
        this.work = new LatestWork<>(UI.getCurrent(), TIME_LIMIT);
        this.comparison = new LatestWork<>(UI.getCurrent(), TIME_LIMIT);
        setId("design");
        setPadding(false);
        style.setItems(TableStyle.values());
        style.setItemLabelGenerator(TableStyle::label);
        style.setLabel("Style");
        style.setValue(TableStyle.SINGLE_TABLE);
        style.setId("design-style");
        style.addValueChangeListener(e -> {
            keyRows.reset(); // another style, other tables: its first rows
            render();
        });
        status.setId("design-status");
        status.addClassName("ks-muted");
        content.setWidthFull();
        sections.setWidthFull();
        keys.setId("design-keys");
        H3 keysHeading = new H3("Keys by entity");
        H3 plansHeading = new H3("Access patterns");
        H3 itemsHeading = new H3("Items, as the table and each index hold them");
        sections.add(costs, keysHeading, keys, plansHeading, plans, itemsHeading, items, notes);
        HorizontalLayout top = new HorizontalLayout(style, status);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, content);
        // designed even while another tab is shown (off the UI thread, latest edit only): a large model's
        // design is then ready, or nearly, when the user comes to look at it
        session.onChange(change -> render());
        session.onLooking(this::looking);
        render();
    }

    /** Starts designing the model as it stands; the previous design stays, dimmed, until the new one is ready. */
    private void render() {
        var model = session.result().model();
        if (model == null || !session.result().ok()) {
            work.cancel();
            comparison.cancel();
            if (previous != null && sections.getParent().isPresent()) {
                // mid-edit (a name half typed): the last design stays, dimmed, rather than vanish and come back
                state("invalid", "The model has errors; the design below is from before them.");
                content.addClassName("ks-designing");
                return;
            }
            state("invalid", "");
            content.removeAll();
            content.add(new Span("The design appears once the model has no errors; see the problems above."));
            return;
        }
        TableStyle chosen = style.getValue();
        state("designing", String.format(Locale.ROOT, "Designing %,d %s and %,d %s…", model.entities().size(),
                model.entities().size() == 1 ? "entity" : "entities", model.accessPatterns().size(),
                model.accessPatterns().size() == 1 ? "access pattern" : "access patterns"));
        // the chosen style first, the other (only for the cost comparison) once it is shown: on a server with
        // few cores the two would share them, and the design the user waits for would come later
        comparison.cancel();
        TableStyle other = DesignComputation.other(chosen);
        work.request(() -> timed("chosen style", () -> DesignComputation.chosen(model, chosen)), computed -> {
            show(computed);
            state("comparing", "Designing the other style for the cost comparison…");
            // the new design goes to the browser now (this response, or pushed); the other style's costs follow by push
            comparison.request(() -> timed("other style", () -> WebDesigns.of(model, other)),
                    design -> showCosts(computed.withOther(design)), this::failed, Duration.ZERO);
        }, this::failed);
    }

    /** Runs a design and logs how long a slow one took: the figure to look at when a large model feels slow. */
    private <T> T timed(String what, java.util.function.Supplier<T> design) {
        long start = System.nanoTime();
        T computed = design.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= SLOW.toMillis()) {
            log.info("Designed {} ({}) in {} ms", session.id(), what, millis);
        }
        return computed;
    }

    private void state(String state, String text) {
        getElement().setAttribute("data-state", state);
        status.setText(text);
        content.setClassName("ks-designing", state.equals("designing"));
    }

    private void failed(RuntimeException e) {
        log.warn("The design of {} failed", session.id(), e);
        String sentence = e instanceof LatestWork.WorkRefused ? e.getMessage()
                : PanelFailure.sentence("The engine could not design this model", e);
        state("failed", "");
        content.removeAll();
        Span message = new Span(sentence);
        message.setId("design-error");
        message.addClassName("ks-panel-error");
        content.add(message);
    }

    private void showCosts(DesignComputation computed) {
        costs.show(computed);
        state("ready", "");
    }

    private void show(DesignComputation computed) {
        state("ready", "");
        Design design = computed.chosen();
        DesignChanges changes = DesignChanges.between(previous, design);
        previous = design;
        if (sections.getParent().isEmpty()) {
            content.removeAll();
            content.add(sections);
        }
        costs.show(computed);
        Map<String, List<String>> patternsOf = new LinkedHashMap<>();
        Map<String, String> entityOf = new HashMap<>();
        for (AccessPattern p : computed.model().accessPatterns()) {
            if (p.entity() != null && p.id() != null) {
                patternsOf.computeIfAbsent(p.entity(), e -> new ArrayList<>()).add(p.id());
                entityOf.putIfAbsent(p.id(), p.entity());
            }
        }
        shownDesign = design;
        shownChanges = changes;
        shownPatterns = patternsOf;
        drawKeys();
        plans.show(design.accessPatterns(), computed.patternNames(), entityOf, changes);
        items.show(design.tables(), computed.items());
        drawNotes();
        // for scripts and tests: a new number each time a new design is on screen, and how much of it changed
        getElement().setAttribute("data-version", String.valueOf(++shown));
        getElement().setAttribute("data-changed", String.valueOf(changes.plans().size() + changes.rows().size()));
    }

    /** The editor shows an access pattern: its plan is selected here, the link from a pattern to its plan. */
    private void looking(String location) {
        var m = java.util.regex.Pattern.compile("^accessPatterns\\[(\\d+)\\]$").matcher(location);
        if (m.matches()) {
            String id = JsonPaths.text(session.doc(), location + ".id");
            if (!id.isEmpty()) {
                plans.reveal(id);
            }
        }
    }

    /** Shows a pattern in the editor: the link from a plan back to its pattern. */
    private void editPattern(String id) {
        var patterns = JsonPaths.array(session.doc(), "accessPatterns");
        for (int i = 0; i < patterns.size(); i++) {
            if (id.equals(JsonPaths.text(session.doc(), "accessPatterns[" + i + "].id"))) {
                session.reveal("accessPatterns[" + i + "]");
                return;
            }
        }
    }

    /** Brings an entity's key templates on screen and flashes them: the other end of a plan's entity link. */
    private void showEntity(String entity) {
        int index = keyRowOf(entity);
        if (index >= keyRows.shown()) {
            keyRows.reach(index); // past the rows drawn: draw up to the entity's row first
            drawKeys();
        }
        getElement().executeJs("""
                const row = this.querySelector('.ks-key-templates tr[data-entity="' + CSS.escape($0) + '"]');
                if (row) {
                  row.scrollIntoView({block: 'center', behavior: 'smooth'});
                  row.classList.remove('ks-flash');
                  void row.offsetWidth;
                  row.classList.add('ks-flash');
                }""", entity);
    }

    /**
     * Each table's heading and key templates, as many rows as {@link #keyRows} says over all the tables
     * (a multi-table design of thousands of entities has thousands of tables), then a button for more.
     */
    private void drawKeys() {
        List<KeyTemplatesTable> drawn = new ArrayList<>();
        int budget = keyRows.shown();
        int total = 0;
        for (Table table : shownDesign.tables()) {
            total += table.items().size();
            if (budget > 0) {
                drawn.add(keysOf(table, budget));
                budget -= table.items().size();
            }
        }
        if (drawn.equals(keys.getChildren().filter(KeyTemplatesTable.class::isInstance).toList())) {
            keys.getChildren().filter(c -> !(c instanceof KeyTemplatesTable)).toList().forEach(keys::remove); // the old button
        } else {
            keys.removeAll();
            drawn.forEach(keys::add);
        }
        if (total > keyRows.shown()) {
            keys.add(keyRows.button("design-keys-more", "rows", total, this::drawKeys));
        }
    }

    /** A table's keys as shown, kept (only its marks updated) when the table's rows are the same as before. */
    private KeyTemplatesTable keysOf(Table table, int budget) {
        KeyTemplatesTable kept = keys.getChildren().filter(c -> c instanceof KeyTemplatesTable k && k.shows(table, budget, shownPatterns))
                .map(KeyTemplatesTable.class::cast).findFirst().orElse(null);
        if (kept != null) {
            kept.mark(shownChanges);
            return kept;
        }
        return new KeyTemplatesTable(table, budget, shownChanges, shownPatterns, plans::reveal);
    }

    /** The warnings and denormalizations, the first ones of a long list with a button for more. */
    private void drawNotes() {
        List<Object> drawn = List.of(shownDesign.warnings(), shownDesign.denormalizations(), noteRows.shown());
        if (drawn.equals(notesDrawn)) {
            return; // as on screen: an edit that changed no warning sends none
        }
        notesDrawn = drawn;
        notes.removeAll();
        if (!shownDesign.warnings().isEmpty()) {
            notes.add(new H3("Warnings"), list(shownDesign.warnings().stream()
                    .map(w -> w.target() + ": " + w.message() + (w.remedy() == null ? "" : " — " + w.remedy())).toList(),
                    "warnings", noteRows));
        }
        if (!shownDesign.denormalizations().isEmpty()) {
            notes.add(new H3("Denormalizations"), list(shownDesign.denormalizations().stream()
                    .map(DesignPanel::describe).toList(), "denormalizations", noteRows));
        }
        int longest = Math.max(shownDesign.warnings().size(), shownDesign.denormalizations().size());
        if (longest > noteRows.shown()) {
            notes.add(noteRows.button("design-notes-more", "warnings and denormalizations", longest, this::drawNotes));
        }
    }

    /** Where the entity's first key-template row is among all the tables' rows, -1 when it has none. */
    private int keyRowOf(String entity) {
        if (shownDesign == null) {
            return -1;
        }
        int index = 0;
        for (Table table : shownDesign.tables()) {
            for (var row : table.items()) {
                if (row.entity().equals(entity)) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    private static UnorderedList list(java.util.List<String> lines, String id, ShowMore limit) {
        UnorderedList ul = new UnorderedList();
        ul.setId(id);
        lines.subList(0, Math.min(lines.size(), limit.shown())).forEach(line -> ul.add(new ListItem(line)));
        if (lines.size() > limit.shown()) {
            ul.add(new ListItem(String.format(Locale.ROOT, "… and %,d more", lines.size() - limit.shown())));
        }
        return ul;
    }

    private static String describe(Denormalization d) {
        return d.kind() + " of " + d.entity() + (d.attributes() == null ? "" : " (" + String.join(", ", d.attributes()) + ")")
                + (d.reason() == null ? "" : ": " + d.reason()) + (d.writeCost() == null ? "" : " — " + d.writeCost());
    }
}
