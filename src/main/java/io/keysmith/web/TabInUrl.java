package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a model screen's selected tab in its URL ({@code models/ID?tab=design}) so that a reload, a
 * shared link or the browser's Back returns to the same tab. The URL is replaced, not pushed: Back
 * leaves the model rather than stepping through every tab visited.
 */
final class TabInUrl {

    static final String PARAMETER = "tab";

    private TabInUrl() {
    }

    /**
     * Selects the tab the location names (in {@code main}, or in {@code inner}, which is one of
     * {@code main}'s tabs), then writes every later choice of tab back into the URL of {@code path}.
     */
    static void bind(String path, Location location, TabSheet main, TabSheet inner) {
        location.getQueryParameters().getSingleParameter(PARAMETER).ifPresent(wanted -> select(wanted, main, inner));
        main.addSelectedChangeListener(e -> write(path, main, inner));
        inner.addSelectedChangeListener(e -> write(path, main, inner));
    }

    /** A tab's name in the URL: its label in lower case with dashes, "Live table" as {@code live-table}. */
    static String slug(Tab tab) {
        return tab.getLabel().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static void select(String wanted, TabSheet main, TabSheet inner) {
        Optional<Tab> top = find(main, wanted);
        if (top.isPresent()) {
            main.setSelectedTab(top.get());
            return;
        }
        find(inner, wanted).ifPresent(tab -> {
            main.setSelectedTab(main.getTab(inner));
            inner.setSelectedTab(tab);
        });
    }

    private static Optional<Tab> find(TabSheet sheet, String wanted) {
        for (int i = 0; i < sheet.getTabCount(); i++) {
            if (slug(sheet.getTabAt(i)).equals(wanted)) {
                return Optional.of(sheet.getTabAt(i));
            }
        }
        return Optional.empty();
    }

    private static void write(String path, TabSheet main, TabSheet inner) {
        Tab top = main.getSelectedTab();
        Component content = main.getComponent(top);
        Tab shown = content == inner ? inner.getSelectedTab() : top;
        if (shown == null) {
            return;
        }
        String url = new Location(path, QueryParameters.simple(Map.of(PARAMETER, slug(shown)))).getPathWithQueryParameters();
        UI.getCurrent().getPage().getHistory().replaceState(null, url);
    }
}
