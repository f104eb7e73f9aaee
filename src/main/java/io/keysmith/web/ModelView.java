package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Problem;
import io.keysmith.model.Relationship;
import io.keysmith.workspace.Workspace;
import java.util.stream.Collectors;

/** A read-only view of one model: entities, relationships and access patterns. */
@Route("models")
public class ModelView extends VerticalLayout implements HasUrlParameter<String> {

    private final Workspace workspace;

    public ModelView(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        add(new Anchor("", "← All models"));
        var file = workspace.find(id);
        if (file.isEmpty()) {
            add(new H2("No model named " + id));
            return;
        }
        var result = file.get().read();
        for (Problem problem : result.problems()) {
            add(new Paragraph(problem.toString()));
        }
        Model model = result.model();
        if (model == null) {
            return;
        }
        add(new H2(model.name()));
        if (model.description() != null) {
            add(new Paragraph(model.description()));
        }
        add(new H3("Entities"));
        Grid<Entity> entities = new Grid<>();
        entities.setId("entities");
        entities.addColumn(Entity::name).setHeader("Entity").setFlexGrow(1);
        entities.addColumn(e -> String.join(", ", e.identifierNames())).setHeader("Identifier");
        entities.addColumn(e -> e.attributes().stream().map(ModelView::describe).collect(Collectors.joining(", ")))
                .setHeader("Attributes").setFlexGrow(4);
        entities.setItems(model.entities());
        entities.setAllRowsVisible(true);
        add(entities);

        add(new H3("Relationships"));
        Grid<Relationship> relationships = new Grid<>();
        relationships.setId("relationships");
        relationships.addColumn(Relationship::from).setHeader("From");
        relationships.addColumn(r -> r.cardinality().json()).setHeader("Cardinality");
        relationships.addColumn(Relationship::to).setHeader("To");
        relationships.addColumn(r -> r.foreignKey() == null ? "" : String.join(", ", r.foreignKey())).setHeader("Foreign key");
        relationships.addColumn(r -> r.through() == null ? "" : r.through()).setHeader("Through");
        relationships.setItems(model.relationships());
        relationships.setAllRowsVisible(true);
        add(relationships);

        add(new H3("Access patterns"));
        Grid<AccessPattern> patterns = new Grid<>();
        patterns.setId("access-patterns");
        patterns.addColumn(AccessPattern::id).setHeader("Id").setFlexGrow(0).setWidth("80px");
        patterns.addColumn(AccessPattern::name).setHeader("Name").setFlexGrow(4);
        patterns.addColumn(p -> p.type().json()).setHeader("Type");
        patterns.addColumn(AccessPattern::entity).setHeader("Entity");
        patterns.addColumn(p -> p.whereOrEmpty().stream().map(ModelView::describe).collect(Collectors.joining(" and ")))
                .setHeader("Where").setFlexGrow(3);
        patterns.setItems(model.accessPatterns());
        patterns.setAllRowsVisible(true);
        add(patterns);
    }

    private static String describe(Attribute a) {
        return a.name() + ": " + a.type().json() + (a.partOfIdentifier() ? " (id)" : "") + (a.mustBeUnique() ? " (unique)" : "");
    }

    private static String describe(Condition c) {
        return c.attribute() + " " + c.op().json() + " " + (c.isConstant() ? "\"" + c.value() + "\"" : "?");
    }
}
