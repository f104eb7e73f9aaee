package io.keysmith.web;

import com.vaadin.flow.component.UI;

/**
 * The browser's "Leave site?" warning while a model field holds text the user typed but has not
 * committed yet (fields save when they lose focus or on Enter, so a reload would lose that text).
 * Runs in the browser: the server cannot know about keystrokes it has not been sent.
 */
final class UnsavedInput {

    /** Fields are the elements carrying a model location; typing marks one, its change event clears it. */
    private static final String SCRIPT = """
            if (!window.__keysmithUnsavedInput) {
              window.__keysmithUnsavedInput = true;
              const typed = new Set();
              const field = e => e.composedPath().find(n => n instanceof Element && n.hasAttribute('data-location'));
              document.addEventListener('input', e => { const f = field(e); if (f) typed.add(f); }, true);
              document.addEventListener('change', e => { const f = field(e); if (f) typed.delete(f); }, true);
              window.addEventListener('beforeunload', e => {
                if ([...typed].some(f => f.isConnected)) {
                  e.preventDefault();
                  e.returnValue = '';
                }
              });
            }
            """;

    private UnsavedInput() {
    }

    /** Installs the warning in the browser page of {@code ui}, once however often it is called. */
    static void guard(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
