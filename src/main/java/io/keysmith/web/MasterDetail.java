package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A list of the model's items of one kind (entities, access patterns) with the chosen item's form
 * beside it. Re-renders when another section, undo or redo changed the model; a field's own edit
 * only refreshes the labels, so keyboard focus stays where it is.
 */
abstract class MasterDetail extends HorizontalLayout {

    /** One line of the list. */
    record Item(int index, String label, long problems) {
    }

    private final EditSession session;
    private final ProblemMarkers markers;
    private final String location;
    private final Grid<Item> list = new Grid<>();
    /** The list's rows, known by index: an edit refreshes only the rows whose label or problem count changed. */
    private final List<Item> rows = new ArrayList<>();
    private final ListDataProvider<Item> provider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(Item item) {
            return item.index();
        }
    };
    private final VerticalLayout detail = new VerticalLayout();
    private final String kind;
    private final String addLabel;
    private int selected;
    private boolean stale;

    /** The label with its problem count, drawn in the browser: a large model's list makes no component per row. */
    private static final LitRenderer<Item> LABEL = LitRenderer.<Item>of("""
            <div class="ks-list-line"><span class="ks-list-label" title=${item.label}>${item.label}</span>\
            <span class="ks-badge ks-badge-error" ?hidden=${!item.problems} title=${item.title}>${item.problems}</span></div>""")
            .withProperty("label", Item::label)
            .withProperty("problems", Item::problems)
            .withProperty("title", item -> Plural.of(item.problems(), "problem"));

    MasterDetail(EditSession session, ProblemMarkers markers, String location, String kind, String addLabel) {
        this.session = session;
        this.markers = markers;
        this.location = location;
        this.kind = kind;
        this.addLabel = addLabel;
        list.setId(location + "-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        list.setItems(provider);
        list.addColumn(LABEL).setHeader(kind.equals("entity") ? "Entities" : capitalized(kind) + "s").setFlexGrow(1);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(item -> {
            if (item.index() != selected) {
                selected = item.index();
                renderDetail();
            }
        }));
        // as wide as its column: a list wider than the column would paint over the line beside it
        list.setWidthFull();
        // the button above takes a line of the column's height (.ks-master): the list scrolls in the rest
        list.setHeight("calc(100% - var(--lumo-size-m) - var(--lumo-space-m))");
        list.setMinHeight("10rem");
        // above the list: reachable without scrolling however long the list or small the window
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addClicked());
        add.setId("add-" + kind.replace(' ', '-'));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout left = new VerticalLayout(add, list);
        left.setPadding(false);
        left.setWidth("19rem");
        left.addClassName("ks-master");
        detail.addClassName("ks-detail");
        detail.setPadding(false);
        add(left, detail);
        setWidthFull();
        expand(detail);
        session.onChange(change -> {
            if (!OnScreen.now(this)) {
                stale = true; // drawn when its tab is shown again: a hidden editor costs nothing per edit
            } else if (change.origin() != this || change.structural()) {
                render();
            } else {
                refreshList();
            }
        });
        session.onReveal(at -> {
            Matcher m = Pattern.compile("^" + Pattern.quote(location) + "\\[(\\d+)\\]$").matcher(at);
            if (m.matches()) {
                selected = Integer.parseInt(m.group(1));
                if (OnScreen.now(this)) {
                    render();
                } else {
                    stale = true;
                }
            }
        });
        OnScreen.whenShown(this, () -> {
            if (stale) {
                stale = false;
                render();
            }
        });
        render();
    }

    abstract String label(JsonNode item, int index);

    /** What the form says when there is no item yet: what an item is and how to start. */
    abstract String emptyText();

    /** Adds an item, after asking for what it needs first if anything, and shows its form. */
    abstract void addClicked();

    /** Adds an item to the list in one undo step and shows its form. */
    void addAndShow(Consumer<ArrayNode> add) {
        session.edit(this, true, doc -> add.accept(JsonPaths.array(doc, location)));
        showLast();
    }

    /** The location of the item whose form is shown ({@code accessPatterns[2]}), or null when the list is empty. */
    String selectedLocation() {
        return JsonPaths.array(session.doc(), location).isEmpty() ? null : location + "[" + selected + "]";
    }

    /** Selects the last item, the one just added, and draws its form. */
    void showLast() {
        selected = JsonPaths.array(session.doc(), location).size() - 1;
        render();
    }

    abstract void renderDetail(VerticalLayout detail, String at);

    EditSession session() {
        return session;
    }

    ProblemMarkers markers() {
        return markers;
    }

    FormFields fields() {
        return new FormFields(session, this, markers);
    }

    /** Makes a change that adds or removes fields, then draws the form again. */
    void structural(Consumer<ObjectNode> change) {
        session.edit(this, true, change);
        renderDetail();
    }

    Button removeButton(String label, Consumer<ObjectNode> change) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> structural(change));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(label);
        remove.setTooltipText(label);
        return remove;
    }

    private void render() {
        refreshList();
        renderDetail();
    }

    private void refreshList() {
        ArrayNode items = JsonPaths.array(session.doc(), location);
        Map<Integer, Long> problems = problemsByItem();
        List<Item> fresh = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            fresh.add(new Item(i, label(items.get(i), i), problems.getOrDefault(i, 0L)));
        }
        if (fresh.size() != rows.size()) {
            rows.clear();
            rows.addAll(fresh);
            provider.refreshAll();
        } else {
            for (int i = 0; i < fresh.size(); i++) {
                if (!fresh.get(i).equals(rows.get(i))) {
                    rows.set(i, fresh.get(i));
                    provider.refreshItem(fresh.get(i));
                }
            }
        }
        selected = Math.max(0, Math.min(selected, rows.size() - 1));
        if (!rows.isEmpty() && !list.getSelectedItems().contains(rows.get(selected))) {
            list.select(rows.get(selected));
        }
    }

    /** How many problems each item has, by index, found in one pass over the problems. */
    private Map<Integer, Long> problemsByItem() {
        Pattern at = Pattern.compile("^" + Pattern.quote(location) + "\\[(\\d+)\\](?:\\.|$)");
        Map<Integer, Long> counts = new HashMap<>();
        for (var problem : session.result().problems()) {
            Matcher m = problem.location() == null ? null : at.matcher(problem.location());
            if (m != null && m.lookingAt()) {
                counts.merge(Integer.parseInt(m.group(1)), 1L, Long::sum);
            }
        }
        return counts;
    }

    private void renderDetail() {
        detail.removeAll();
        ArrayNode items = JsonPaths.array(session.doc(), location);
        if (items.isEmpty()) {
            Span text = new Span(emptyText());
            text.setId(location + "-empty");
            Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addClicked());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-first-" + kind.replace(' ', '-'));
            VerticalLayout empty = new VerticalLayout(text, add);
            empty.setPadding(false);
            empty.addClassName("ks-empty");
            detail.add(empty);
            return;
        }
        String at = location + "[" + selected + "]";
        renderDetail(detail, at);
        session.looking(at);
        int index = selected;
        Button remove = new Button("Remove " + label(items.get(index), index), VaadinIcon.TRASH.create(),
                e -> structural(doc -> JsonPaths.array(doc, location).remove(index)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("ks-remove-item");
        detail.add(remove);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
