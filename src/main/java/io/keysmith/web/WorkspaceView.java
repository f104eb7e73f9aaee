package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.keysmith.workspace.Workspace;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The start page: the models of the workspace, searchable, with everything one can do to them. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle("Models · Keysmith")
public class WorkspaceView extends VerticalLayout {

    private final Workspace workspace;
    private final Grid<ModelSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Anchor download = new Anchor();
    private final NoModelsMessage empty = new NoModelsMessage(() -> {
        search.clear();
        search.focus();
    });
    private ListDataProvider<ModelSummary> rows = new ListDataProvider<>(new ArrayList<>());
    private String shownQuery = "";

    public WorkspaceView(Workspace workspace) {
        this.workspace = workspace;
        addClassName("ks-page");
        H2 title = new H2("Models");
        Span folder = new Span("Stored in " + workspace.folder());
        folder.addClassName("ks-muted");

        search.setId("search");
        search.setPlaceholder("Search models, entities, descriptions");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search models");
        search.addValueChangeListener(e -> filter());
        search.setWidth("24rem");

        Button create = new Button("New model", VaadinIcon.PLUS.create(), e -> NameDialog.ask("New model", "",
                name -> getUI().ifPresent(ui -> ui.navigate(ModelEditorView.class, workspace.create(name)))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-model");
        HorizontalLayout toolbar = new HorizontalLayout(search, create, new ImportButton(workspace, this::imported));
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(search);

        configureGrid();
        add(new HorizontalLayout(title, folder) {{
            setAlignItems(FlexComponent.Alignment.BASELINE);
        }}, toolbar, grid, download);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("models");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ModelSummary::name).setHeader("Model").setFlexGrow(3).setSortable(true);
        grid.addColumn(ModelSummary::entities).setHeader("Entities").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModelSummary::patterns).setHeader("Access patterns").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ModelSummary>of("<span class='ks-badge ${item.ok ? \"ks-badge-ok\" : \"ks-badge-error\"}'>"
                        + "${item.status}</span>")
                .withProperty("ok", row -> row.errors() == 0)
                .withProperty("status", ModelSummary::status))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(actions()).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        grid.setEmptyStateComponent(empty);
        download.getElement().setAttribute("hidden", true);
        download.setId("model-download");
    }

    /**
     * The row's actions, drawn in the browser and calling back with the row's key: components per row
     * were re-created whenever the list was refreshed, and a click on one still being replaced was lost.
     */
    private LitRenderer<ModelSummary> actions() {
        return LitRenderer.<ModelSummary>of("<div class='ks-row-actions' @click=${e => e.stopPropagation()}>"
                        + action("duplicate", "copy-o", "Duplicate ${item.name}") + action("rename", "edit", "Rename ${item.name}")
                        + action("download", "download-alt", "Download ${item.name}") + action("remove", "trash", "Delete ${item.name}")
                        + "</div>")
                .withProperty("name", ModelSummary::name)
                .withFunction("duplicate", this::duplicate)
                .withFunction("rename", this::rename)
                .withFunction("download", this::download)
                .withFunction("remove", this::delete);
    }

    /** An icon button of a row calling {@code function}, named for assistive technology and in its tooltip. */
    private static String action(String function, String icon, String label) {
        return "<vaadin-button theme='tertiary-inline icon' class='ks-icon-button' aria-label='" + label + "' title='" + label
                + "' @click=${" + function + "}><vaadin-icon icon='vaadin:" + icon + "'></vaadin-icon></vaadin-button>";
    }

    private void duplicate(ModelSummary row) {
        String id = workspace.duplicate(row.id());
        refresh();
        Notification.show("Duplicated \u201c" + row.name() + "\u201d as \u201c" + workspace.names().get(id) + "\u201d");
    }

    private void rename(ModelSummary row) {
        NameDialog.ask("Rename model", row.name(), name -> {
            workspace.rename(row.id(), name);
            refresh();
            Notification.show("Renamed \u201c" + row.name() + "\u201d to \u201c" + name + "\u201d; its links stay the same.");
        });
    }

    /** Points the one hidden download link at the row's file and follows it. */
    private void download(ModelSummary row) {
        download.setHref(Downloads.handler(row.id() + ".json", "application/json",
                () -> workspace.snapshot(row.id()).orElseThrow().text().getBytes(StandardCharsets.UTF_8)), AttachmentType.DOWNLOAD);
        download.getElement().executeJs("setTimeout(() => this.click())");
    }

    private void delete(ModelSummary row) {
        Workspace.Deleted deleted = workspace.delete(row.id());
        refresh();
        Notification notification = new Notification();
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", e -> {
            workspace.restore(deleted);
            notification.close();
            refresh();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setId("undo-delete");
        Span removed = new Span("Deleted \u201c" + row.name() + "\u201d (" + Plural.of(row.entities(), "entity") + ", "
                + Plural.of(row.patterns(), "access pattern") + ").");
        removed.setId("deleted-message");
        HorizontalLayout content = new HorizontalLayout(removed, undo);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    private void imported(ModelImports.Imported imported) {
        List<String> shown = imported.notes().subList(0, Math.min(imported.notes().size(), 6));
        int more = imported.notes().size() - shown.size();
        String notes = shown.isEmpty() ? "" : " Note: " + String.join("; ", shown) + (more > 0 ? " (and " + more + " more)" : "");
        Notification.show("Imported " + imported.kind() + " as " + imported.id() + "." + notes, 8000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(ModelEditorView.class, imported.id()));
    }

    private void open(ModelSummary row) {
        if (row == null) {
            return; // a click on a row that a refresh removed in the same round trip
        }
        getUI().ifPresent(ui -> ui.navigate(ModelEditorView.class, row.id()));
    }

    private void refresh() {
        rows = new ListDataProvider<>(new ArrayList<>(workspace.list().stream().map(ModelSummary::of).toList()));
        grid.setItems(rows);
        shownQuery = null;
        filter();
    }

    /**
     * Filters the one data provider rather than replacing it, and only when the query changed: the search is
     * sent both on Enter and after the typing pause, and replacing the items twice would invalidate the row
     * a click in between refers to.
     */
    private void filter() {
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        if (query.equals(shownQuery)) {
            return;
        }
        shownQuery = query;
        rows.setFilter(row -> query.isEmpty() || row.searchText().contains(query));
        // shown by the grid only when it lists nothing: say why
        if (rows.getItems().isEmpty()) {
            empty.noModels();
        } else {
            empty.noMatch(search.getValue().strip());
        }
    }
}
