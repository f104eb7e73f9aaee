package io.keysmith.web;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Keeps the content of every tab of a tab sheet enabled, not only the selected one's. A tab sheet
 * disables the tabs it hides, and the server ignores a value for a disabled field: a value typed and
 * sent after its pause lands after the click that left its tab, and was lost.
 */
final class TabsStayEnabled {

    private TabsStayEnabled() {
    }

    /** From now on, after every change of tab, and now. */
    static void keep(TabSheet sheet) {
        // the tab sheet's own listener, which disables the hidden tabs, was added first and runs first
        sheet.addSelectedChangeListener(e -> enableAll(sheet));
        enableAll(sheet);
    }

    /** After a tab is added, which disables the hidden tabs again. */
    static void enableAll(TabSheet sheet) {
        for (int i = 0; i < sheet.getTabCount(); i++) {
            var content = sheet.getComponent(sheet.getTabAt(i));
            if (content != null) {
                content.getElement().setEnabled(true);
            }
        }
    }
}
