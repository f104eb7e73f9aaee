package io.keysmith.web;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.workspace.NameTakenException;
import java.util.function.Consumer;

/** A small dialog asking for a model name, refusing an empty one, or one another model has, next to the field. */
final class NameDialog {

    private NameDialog() {
    }

    static void ask(String title, String initial, Consumer<String> onName) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField name = new TextField("Name");
        name.setId("model-name");
        name.setValue(initial);
        name.setWidth("22rem");
        name.setMaxLength(200);
        name.setAutofocus(true);
        Button ok = new Button("Save", e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the model a name");
                return;
            }
            try {
                onName.accept(name.getValue().strip());
            } catch (NameTakenException taken) {
                name.setInvalid(true);
                name.setErrorMessage(taken.getMessage());
                return;
            }
            dialog.close();
        });
        ok.setId("name-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
