package io.keysmith.web;

import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * How a model field sends what the user types: after a short pause in typing, without waiting for
 * the field to lose focus, so the design beside the editor follows the typing.
 */
final class LiveTyping {

    /**
     * The pause after a keystroke before the value is sent: long enough that a word typed at speed is
     * one edit, short enough that the design follows within a few hundred milliseconds.
     */
    static final int PAUSE_MILLIS = 150;

    private LiveTyping() {
    }

    static <F extends HasValueChangeMode> F of(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        return field;
    }
}
