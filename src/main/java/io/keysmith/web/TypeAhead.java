package io.keysmith.web;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Keeps the keys typed right after an Enter that starts a new row: only the server can draw the row,
 * so until it is there the keys go to a hidden input in the browser, and the new row's field takes
 * them (text, and any further Enter) as soon as it is drawn. Without it the first letters typed
 * after Enter went to the old field, or nowhere.
 */
final class TypeAhead {

    /**
     * The browser side, defined once per page: {@code start} sends the keys to the hidden input,
     * {@code claim(field)} hands them to the new field, or just puts the cursor there when none wait.
     */
    private static final String DEFINE = """
            window.ksTypeAhead = window.ksTypeAhead || (() => {
              let input = null;
              let ended = [];     // names typed and ended by Enter, each starting one more row
              let waiting = false; // from an Enter until a new field took the keys
              const hidden = () => {
                if (!input) {
                  input = document.createElement('input');
                  input.id = 'ks-type-ahead';
                  input.autocomplete = 'off';
                  input.setAttribute('aria-label', 'Name of the new row');
                  input.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;'
                      + 'pointer-events:none;border:0;padding:0;';
                  input.addEventListener('keydown', e => {
                    if (e.key === 'Enter' && !e.isComposing) {
                      e.preventDefault();
                      ended.push(input.value);
                      input.value = '';
                    } else if (e.key === 'Tab') {
                      e.preventDefault(); // the cursor goes to the new row, not past the page
                    }
                  });
                  document.body.appendChild(input);
                }
                return input;
              };
              const focusAt = (field, text) => {
                field.focus();
                const i = field.inputElement;
                if (text) i.setSelectionRange(i.value.length, i.value.length); else i.select();
              };
              return {
                start() {
                  if (!waiting) { // a new row's Enter sent by claim below finds the keys already waiting
                    waiting = true;
                    ended = [];
                    hidden().value = '';
                    hidden().focus();
                  }
                },
                claim(field) {
                  if (!waiting) {
                    focusAt(field, ''); // the default name is there to be typed over
                    return;
                  }
                  const typing = document.activeElement === input; // false when the user clicked elsewhere meanwhile
                  const enter = ended.length > 0;
                  const text = enter ? ended.shift() : input.value;
                  if (text) {
                    // as if typed there: the field takes it as user input (and the unsaved-text warning sees it)
                    field.inputElement.value = text;
                    field.inputElement.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                  }
                  if (enter) {
                    // the next row is started as a typed Enter would, once the field has announced its new value:
                    // the browser sends that value before the Enter, so the name reaches the server first
                    const press = () => field.dispatchEvent(new KeyboardEvent('keydown',
                        {key: 'Enter', code: 'Enter', bubbles: true, composed: true}));
                    Promise.resolve(field.updateComplete).then(press);
                    return;
                  }
                  waiting = false;
                  input.value = '';
                  if (typing) {
                    focusAt(field, text);
                  }
                }
              };
            })();
            """;

    private TypeAhead() {
    }

    /** Runs {@code action} (which draws a new row) on Enter in {@code field}, keeping what is typed meanwhile. */
    static void onEnter(TextField field, Runnable action) {
        field.addKeyDownListener(Key.ENTER, e -> action.run());
        field.getElement().executeJs(DEFINE + """
                this.addEventListener('keydown', e => {
                  if (e.key === 'Enter' && !e.isComposing) {
                    window.ksTypeAhead.start();
                  }
                });
                """);
    }

    /** Puts the cursor in {@code field}, a new row's, giving it the keys typed since the Enter that made it. */
    static void claim(TextField field) {
        field.getElement().executeJs(DEFINE + "window.ksTypeAhead.claim(this);");
    }
}
