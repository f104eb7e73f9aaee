package io.keysmith.web;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.BillingMode;
import io.keysmith.model.TableStyle;
import java.util.List;

/** The model's own fields: name, description, table name, single- or multi-table style, billing. */
final class SettingsForm extends FormLayout {

    SettingsForm(EditSession session, ProblemMarkers markers) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        render(session, markers);
        // its own edits are already on screen; others' are drawn while shown, or when it is shown again
        WhenShown.follow(this, session, change -> change.origin() != this, true, () -> render(session, markers));
    }

    private void render(EditSession session, ProblemMarkers markers) {
        removeAll();
        FormFields fields = new FormFields(session, this, markers);
        TextField name = fields.text("Model name", "", "name");
        name.setId("model-name-field");
        TextArea description = fields.longText("Description", "", "description");
        add(name, fields.text("Table name", "settings", "tableName"), description);
        setColspan(description, 2);
        add(fields.select("Style", "settings", "style", List.of(TableStyle.jsonValues()), true, false),
                fields.select("Billing", "settings", "billingMode", List.of(BillingMode.jsonValues()), true, false));
    }
}
