package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.keysmith.workspace.Workspace;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
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
    private List<ModelSummary> all = List.of();

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
        }}, toolbar, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("models");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ModelSummary::name).setHeader("Model").setFlexGrow(3).setSortable(true);
        grid.addColumn(ModelSummary::entities).setHeader("Entities").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModelSummary::patterns).setHeader("Access patterns").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ModelSummary::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private Component actions(ModelSummary row) {
        Button duplicate = icon(VaadinIcon.COPY_O, "Duplicate " + row.name(), () -> {
            String id = workspace.duplicate(row.id());
            refresh();
            Notification.show("Duplicated \u201c" + row.name() + "\u201d as \u201c" + workspace.names().get(id) + "\u201d");
        });
        Button rename = icon(VaadinIcon.EDIT, "Rename " + row.name(), () -> NameDialog.ask("Rename model", row.name(), name -> {
            workspace.rename(row.id(), name);
            refresh();
            Notification.show("Renamed \u201c" + row.name() + "\u201d to \u201c" + name + "\u201d; its links stay the same.");
        }));
        Button delete = icon(VaadinIcon.TRASH, "Delete " + row.name(), () -> delete(row));
        var download = Downloads.link("", row.id() + ".json", "application/json",
                () -> workspace.snapshot(row.id()).orElseThrow().text().getBytes(StandardCharsets.UTF_8));
        download.add(VaadinIcon.DOWNLOAD_ALT.create());
        download.getElement().setAttribute("aria-label", "Download " + row.name());
        download.getElement().setAttribute("title", "Download");
        download.addClassName("ks-icon-link");
        HorizontalLayout actions = new HorizontalLayout(duplicate, rename, download, delete);
        actions.setSpacing(false);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        // clicks on the actions must not also open the model
        actions.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return actions;
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("ks-icon-button");
        return button;
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
        getUI().ifPresent(ui -> ui.navigate(ModelEditorView.class, row.id()));
    }

    private void refresh() {
        all = workspace.list().stream().map(ModelSummary::of).toList();
        filter();
    }

    private void filter() {
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(row -> query.isEmpty() || row.searchText().contains(query)).toList());
    }
}
