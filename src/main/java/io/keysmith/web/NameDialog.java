package io.keysmith.web;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.workspace.NameTakenException;
import java.util.function.Consumer;
import java.util.function.Function;

/** A small dialog asking for a name (of a model, of a new entity), refusing a bad or taken one next to the field. */
final class NameDialog {

    private NameDialog() {
    }

    /** Asks for a model name; an empty one is refused. */
    static void ask(String title, String initial, Consumer<String> onName) {
        ask(title, "model-name", initial, "", name -> name.isBlank() ? "Give the model a name" : null, onName);
    }

    /**
     * Asks for a name: {@code check} takes the stripped name and returns why it is refused (the dialog stays
     * open and says so), or null; then the dialog closes and {@code onName} gets the name.
     */
    static void ask(String title, String fieldId, String initial, String helper, Function<String, String> check,
            Consumer<String> onName) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField name = new TextField("Name");
        name.setId(fieldId);
        name.setValue(initial);
        name.setWidth("22rem");
        name.setMaxLength(200);
        name.setAutofocus(true);
        name.setAutoselect(true);
        if (!helper.isEmpty()) {
            name.setHelperText(helper);
        }
        Button ok = new Button("Save", e -> {
            String refused = check.apply(name.getValue().strip());
            if (refused != null) {
                name.setInvalid(true);
                name.setErrorMessage(refused);
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
