package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.keysmith.model.Problem;
import io.keysmith.workspace.Workspace;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One model: its editor, design, diagram, walkthrough, exports and live table, in tabs; on a wide
 * window the design stands beside the tabs.
 */
@Route(value = "models", layout = MainLayout.class)
@PermitAll
public class ModelEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int MAX_PROBLEMS_LISTED = 200;

    private final Workspace workspace;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div conflict = new Div();
    private final Details problems = new Details();
    private final Button undo = new Button("Undo", VaadinIcon.ARROW_BACKWARD.create());
    private final Button redo = new Button("Redo", VaadinIcon.ARROW_FORWARD.create());
    private final ProblemMarkers markers = new ProblemMarkers();
    private EditSession session;
    private DesignPanel design;
    private Tab designTab;
    /** The lines of the problem list on screen. */
    private List<String> problemsListed;

    public ModelEditorView(Workspace workspace) {
        this.workspace = workspace;
        addClassName("ks-page");
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "Model" : JsonPaths.text(session.doc(), "name")) + " · Keysmith";
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        var snapshot = workspace.snapshot(id);
        if (snapshot.isEmpty()) {
            // a link from before ids stayed put names the model by its old file name; send it to the model
            var linked = workspace.idForLink(id).filter(found -> !found.equals(id));
            if (linked.isPresent()) {
                event.forwardTo("models/" + linked.get(), event.getLocation().getQueryParameters());
                return;
            }
            add(new Anchor("", "← All models"), new H2("There is no model named " + id));
            return;
        }
        var tooLarge = workspace.limits().refusesSize(id + ".json", snapshot.get().text().length());
        if (tooLarge.isPresent()) {
            // put in the folder by hand: editing it could exhaust the server for every user
            add(new Anchor("", "← All models"), new H2(id), new Span(tooLarge.get()));
            return;
        }
        if (!EditSession.isJsonObject(snapshot.get().text())) {
            // a file broken on disk is shown, not edited: an edit would replace what the user may still fix by hand
            add(new Anchor("", "← All models"), new H2(id),
                    problemList(null, io.keysmith.model.ModelReader.parse(snapshot.get().text()).problems()));
            return;
        }
        session = new EditSession(workspace, id, snapshot.get());
        add(header(), conflict, problems, body(event.getLocation()));
        session.onChange(change -> refresh());
        markers.onRefusals(this::refresh);
        refresh();
        addAttachListener(e -> refresh());
    }

    private HorizontalLayout header() {
        title.setId("model-title");
        title.addClassName("ks-title");
        status.setId("save-status");
        status.addClassName("ks-muted");
        undo.setId("undo");
        redo.setId("redo");
        undo.addClickListener(e -> session.undo());
        redo.addClickListener(e -> session.redo());
        undo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        redo.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL);
        undo.setTooltipText("Undo (Ctrl+Z)");
        redo.setTooltipText("Redo (Ctrl+Y)");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor back = new Anchor("", "← All models");
        Anchor download = Downloads.text("Download", session.id() + ".json", session::text);
        download.setId("download-model");
        HorizontalLayout header = new HorizontalLayout(back, title, status, undo, redo, download);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(status);
        header.addClassName("ks-model-header");
        back.addClassName("ks-nowrap");
        conflict.setId("conflict");
        conflict.addClassName("ks-conflict");
        problems.setId("problems");
        problems.addClassName("ks-problems");
        return header;
    }

    /** The tabs, and beside them the design when the window is wide enough ({@link SplitView}). */
    private Component body(com.vaadin.flow.router.Location location) {
        TabSheet main = tabs(location);
        return new SplitView(main, design, designTab).component();
    }

    private TabSheet tabs(com.vaadin.flow.router.Location location) {
        TabSheet model = new TabSheet();
        model.setId("editor-tabs");
        model.add("Entities", new EntitiesEditor(session, markers));
        model.add("Relationships", new RelationshipsEditor(session, markers));
        model.add("Access patterns", new PatternsEditor(session, markers));
        model.add("Settings", new SettingsForm(session, markers));
        model.setWidthFull();

        TabSheet main = new TabSheet();
        main.setId("model-tabs");
        main.add("Model", model);
        for (var extra : ModelTabs.all(session)) {
            Tab tab = main.add(extra.title(), extra.content());
            if (extra.content() instanceof DesignPanel panel) {
                design = panel;
                designTab = tab;
            }
        }
        main.setSizeFull();
        // a plan's link back to its pattern: the editor's tab of that kind of item comes to the front
        List<String> kinds = List.of("entities", "relationships", "accessPatterns");
        session.onReveal(at -> kinds.stream().filter(k -> at.startsWith(k + "[")).findFirst().ifPresent(k -> {
            main.setSelectedIndex(0);
            model.setSelectedIndex(kinds.indexOf(k));
        }));
        TabInUrl.bind("models/" + session.id(), location, main, model);
        TabsStayEnabled.keep(main);
        TabsStayEnabled.keep(model);
        return main;
    }

    private void refresh() {
        String name = JsonPaths.text(session.doc(), "name");
        title.setText(name.isEmpty() ? session.id() : name);
        title.getElement().setAttribute("title", title.getText()); // the whole name when it is cut to two lines
        undo.setEnabled(session.canUndo());
        redo.setEnabled(session.canRedo());
        List<Problem> all = session.result().problems();
        List<Problem> unplaced = markers.show(all);
        long errors = all.stream().filter(Problem::isError).count();
        problems.setSummaryText(errors == 0 && all.isEmpty() ? "No problems"
                : Plural.of(errors, "error") + ", " + Plural.of(all.size() - errors, "warning"));
        List<String> lines = problemLines(session.doc(), all);
        if (!lines.equals(problemsListed)) { // most edits change no problem: the list on screen stays
            problemsListed = lines;
            problems.removeAll();
            problems.add(problemList(lines));
        }
        problems.setVisible(!all.isEmpty());
        problems.getElement().setAttribute("data-unplaced", String.valueOf(unplaced.size()));
        conflict.removeAll();
        if (session.conflict() != null) {
            status.setText("Not saved: changed in another tab");
            Button reload = new Button("Load the other version", e -> session.reloadFromDisk());
            reload.setId("conflict-reload");
            Button keep = new Button("Keep mine", e -> session.overwrite());
            keep.setId("conflict-keep");
            keep.addThemeVariants(ButtonVariant.LUMO_ERROR);
            conflict.add(new Span("This model was changed in another tab or on disk since you opened it. "
                    + "Your change is not saved."), reload, keep);
            conflict.setVisible(true);
        } else {
            status.setText(session.tooLarge() != null ? "Not saved: " + session.tooLarge()
                    : markers.refusals() > 0 ? "Not saved: fix the field marked \"Not saved\""
                    : session.canUndo() ? "All changes saved" : "");
            conflict.setVisible(false);
        }
    }

    private static UnorderedList problemList(tools.jackson.databind.JsonNode doc, List<Problem> list) {
        return problemList(problemLines(doc, list));
    }

    private static UnorderedList problemList(List<String> lines) {
        UnorderedList ul = new UnorderedList();
        ul.addClassName("ks-problem-list");
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }

    /** A sentence per problem, where it is said the user's way ("AP8 Update guest"). */
    private static List<String> problemLines(tools.jackson.databind.JsonNode doc, List<Problem> list) {
        List<String> lines = new java.util.ArrayList<>();
        // a large model with one systematic mistake can have thousands: the first ones say what to fix
        for (Problem p : list.subList(0, Math.min(list.size(), MAX_PROBLEMS_LISTED))) {
            lines.add(doc == null ? p.toString() : ProblemPlaces.sentence(doc, p));
        }
        if (list.size() > MAX_PROBLEMS_LISTED) {
            lines.add("… and " + (list.size() - MAX_PROBLEMS_LISTED) + " more");
        }
        return lines;
    }
}
