package io.keysmith.web;

import com.microsoft.playwright.Page;
import java.util.List;

/** Layout facts of the page in the browser: a horizontal scroll bar, and what sticks out of the window on either side. */
final class PageLayout {

    // grids and previews scroll inside themselves, so what they hold may lie outside the window on purpose
    private static final String STICKING_OUT = """
            () => [...document.querySelectorAll('h1, h2, h3, h4, p, li, a, label, vaadin-button, vaadin-tab, vaadin-text-field,'
                + ' vaadin-select, vaadin-grid, .ks-card, .ks-muted, img')]
              .filter(e => !e.closest('vaadin-grid-cell-content, .ks-preview, .ks-diagram, vaadin-notification-card'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                  && getComputedStyle(e).visibility !== 'hidden'; })
              .filter(e => { const r = e.getBoundingClientRect();
                  return r.right > document.documentElement.clientWidth + 1 || r.left < -1; })
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.innerText || '').slice(0, 40) + '"')
            """;

    private PageLayout() {
    }

    /** Whether the whole page scrolls sideways. */
    static boolean scrollsSideways(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).intValue() > 0;
    }

    /** Headings, buttons, fields and cards whose right or left edge is beyond the window (cut off). */
    @SuppressWarnings("unchecked")
    static List<String> cutOff(Page page) {
        return (List<String>) page.evaluate(STICKING_OUT);
    }
}
