package io.keysmith.web;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** The related entities an access pattern reads along with its own, chosen among those related to its entity. */
final class IncludeField {

    private IncludeField() {
    }

    static MultiSelectComboBox<String> of(FormFields fields, EditSession session, String pattern) {
        MultiSelectComboBox<String> include = fields.names("Include related entities", pattern, "include",
                () -> ModelNames.related(session.doc(), JsonPaths.text(session.doc(), pattern + ".entity")));
        include.setPlaceholder("none");
        include.setHelperText("entities linked by a relationship, read in the same request");
        return include;
    }
}
