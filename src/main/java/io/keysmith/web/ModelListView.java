package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.keysmith.model.Model;
import io.keysmith.workspace.Workspace;

/** The start page: every model in the workspace, each opening its model view. */
@Route("")
@PageTitle("Models · Keysmith")
public class ModelListView extends VerticalLayout {

    /** One row of the list: the file and what it holds (or why it cannot be read). */
    record Row(String id, String name, int entities, int patterns, String status) {
    }

    public ModelListView(Workspace workspace) {
        setSizeFull();
        add(new H2("Models"));
        add(new Paragraph("Workspace: " + workspace.folder()));
        Grid<Row> grid = new Grid<>();
        grid.setId("models");
        grid.addColumn(Row::name).setHeader("Model").setFlexGrow(3);
        grid.addColumn(Row::entities).setHeader("Entities");
        grid.addColumn(Row::patterns).setHeader("Access patterns");
        grid.addColumn(Row::status).setHeader("Status").setFlexGrow(2);
        grid.setItems(workspace.list().stream().map(file -> {
            var result = file.read();
            Model model = result.model();
            if (model == null) {
                return new Row(file.id(), file.id(), 0, 0, result.errors().size() + " problem(s)");
            }
            String status = result.ok() ? "valid" : result.errors().size() + " problem(s)";
            return new Row(file.id(), model.name() == null ? file.id() : model.name(),
                    model.entities().size(), model.accessPatterns().size(), status);
        }).toList());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ModelView.class, e.getItem().id())));
        grid.setSizeFull();
        add(grid);
    }
}
