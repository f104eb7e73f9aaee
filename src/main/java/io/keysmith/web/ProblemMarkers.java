package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import io.keysmith.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts each validation problem next to the field it is about: fields register under their model
 * location ({@code entities[0].attributes[2].name}); a problem goes to the field with the same
 * location, else to the field whose location is the longest prefix of it.
 */
final class ProblemMarkers {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** Why the value a field shows was not saved, by location, until the field is saved or drawn again. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    private Runnable onRefusals = () -> { };
    private boolean statusPending;

    <T extends Component & HasValidation> void register(String location, T field) {
        field.getElement().setAttribute("data-location", location);
        // the model's validator decides; the fields' own checks would clear its messages on the next keystroke
        switch (field) {
            case com.vaadin.flow.component.textfield.TextField t -> t.setManualValidation(true);
            case com.vaadin.flow.component.textfield.TextArea a -> a.setManualValidation(true);
            case com.vaadin.flow.component.textfield.NumberField n -> n.setManualValidation(true);
            case com.vaadin.flow.component.select.Select<?> s -> s.setManualValidation(true);
            case com.vaadin.flow.component.combobox.MultiSelectComboBox<?> m -> m.setManualValidation(true);
            case com.vaadin.flow.component.combobox.ComboBox<?> c -> c.setManualValidation(true);
            default -> { }
        }
        fields.put(location, field);
        if (refused.remove(location) != null || !refused.isEmpty()) {
            // a re-drawn form may have dropped the field that showed a refusal; tell once the form is on screen
            field.getElement().getNode().runWhenAttached(ui -> {
                if (!statusPending) {
                    statusPending = true;
                    ui.beforeClientResponse(field, context -> {
                        statusPending = false;
                        onRefusals.run();
                    });
                }
            });
        }
    }

    /** Runs {@code listener} whenever a field's value is refused or a refusal is gone. */
    void onRefusals(Runnable listener) {
        onRefusals = listener;
    }

    /** How many fields on screen show a value that was not saved. */
    int refusals() {
        return (int) refused.keySet().stream().map(fields::get)
                .filter(f -> f != null && ((Component) f).isAttached()).count();
    }

    /** Shows next to the field why its value was not saved; it stays until the field is saved or drawn again. */
    void refuse(String location, List<String> reasons) {
        refused.put(location, "Not saved: " + String.join("; ", reasons));
        onRefusals.run();
        HasValidation field = fields.get(location);
        if (field != null) {
            field.setInvalid(true);
            field.setErrorMessage(refused.get(location));
        }
    }

    /** Forgets a refusal once the field's value was saved. */
    void accepted(String location) {
        forget(location);
    }

    private void forget(String location) {
        if (refused.remove(location) != null) {
            onRefusals.run();
        }
    }

    /** Marks the fields; returns the problems no field on screen could show. */
    List<Problem> show(List<Problem> problems) {
        // fields of rows that were removed stay detached; a re-drawn row registers its location again
        fields.values().removeIf(f -> ((Component) f).getParent().isEmpty() && !((Component) f).isAttached());
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<Problem> unplaced = new ArrayList<>();
        for (Problem problem : problems) {
            HasValidation field = fieldFor(problem.location());
            if (field == null) {
                unplaced.add(problem);
            } else {
                messages.computeIfAbsent(field, f -> new ArrayList<>())
                        .add((problem.isError() ? "" : "Warning: ") + problem.message());
            }
        }
        refused.forEach((location, reason) -> {
            HasValidation field = fields.get(location);
            if (field != null) {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).addFirst(reason);
            }
        });
        fields.values().forEach(field -> {
            List<String> list = messages.get(field);
            String message = list == null ? null : String.join("; ", list);
            // a field whose mark is unchanged is left alone: setting it sends the browser a call per field and edit
            if (field.isInvalid() != (list != null) || !Objects.equals(blankAsNull(field.getErrorMessage()), message)) {
                field.setInvalid(list != null);
                field.setErrorMessage(message);
            }
        });
        return unplaced;
    }

    private static String blankAsNull(String message) {
        return message == null || message.isEmpty() ? null : message;
    }

    private HasValidation fieldFor(String location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        HasValidation exact = fields.get(location);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String candidate : fields.keySet()) {
            boolean prefix = location.startsWith(candidate + ".") || location.startsWith(candidate + "[");
            if (prefix && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        if (best == null) {
            // a problem about a whole object (entities[1]) goes to its first field
            best = fields.keySet().stream().filter(c -> c.startsWith(location + ".")).findFirst().orElse(null);
        }
        return best == null ? null : fields.get(best);
    }
}
