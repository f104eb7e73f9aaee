package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Learn tab in a browser: stepping through the rules shows the table as it stands after each. */
class LearnTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Test
    void steppingForwardShowsTheTableGrowItsKeysAndIndexes() {
        String id = workspace.importModel("learn-users.json", LibraryModel.SMALL_WITH_INDEX.formatted("Learners"));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Learn");

        assertThat(model.learnPosition()).startsWith("Step 1 of ");
        List<String> first = model.learnTableRow("User");
        assertThat(first.get(0)).isEqualTo("User");
        assertThat(first.get(1)).isEqualTo("not yet");
        assertThat(first.get(2)).as("no partition key yet").isEmpty();
        assertThat(first.get(5)).isEqualTo("no key yet");

        model.learnUntilRule("base-table-key");
        List<String> keyed = model.learnTableRow("User");
        assertThat(keyed.get(2)).contains("{userId}");
        assertThat(keyed.get(4)).as("no index key yet").isEmpty();
        assertThat(model.learnRowChanged("User")).isTrue();
        assertThat(page.locator("#learn-table-legend").innerText()).contains("No secondary indexes yet");

        model.learnUntilRule("overloaded-gsi");
        List<String> indexed = model.learnTableRow("User");
        assertThat(indexed.get(4)).startsWith("GSI1PK = ").contains("{country}").contains("GSI1SK = ");
        assertThat(indexed.get(5)).isEqualTo("item, also in GSI1");
        assertThat(model.learnRowChanged("User")).isTrue();
        assertThat(model.learnChangedCells("User")).as("the base keys stay as they were")
                .containsExactly(indexed.get(4), indexed.get(5));
        assertThat(page.locator("#learn-table-legend").innerText()).contains("Indexes so far: GSI1");
        screenshot("learn-table");

        model.learnUntilRule("table-layout");
        assertThat(model.learnTableRow("User").get(1)).isEqualTo("Learners");
        assertThat(model.learnTableRow("User").get(4)).startsWith("GSI1PK = ");
    }

    @Test
    void theTableOfAModelWithManyEntitiesFitsALaptopScreen() throws IOException {
        page.setViewportSize(1366, 768);
        String id = workspace.importModel("learn-shop.json", Files.readString(Path.of("sample-models/online-shop.json")));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Learn");
        model.learnUntilRule("overloaded-gsi");

        assertThat(page.locator("#learn-table tbody tr").count()).isGreaterThan(5);
        assertThat(page.locator("#learn-table tr.ks-changed").count()).isPositive();
        Object tableOverflow = page.evaluate("() => { const t = document.querySelector('#learn-table');"
                + " return t.parentElement.scrollWidth - t.parentElement.clientWidth; }");
        assertThat(((Number) tableOverflow).intValue()).as("the table scrolls sideways").isLessThanOrEqualTo(0);
        assertThat(PageLayout.scrollsSideways(page)).isFalse();
        assertThat(PageLayout.cutOff(page)).isEmpty();
        // the page scrolls inside the app layout, so a full-page shot needs a window as tall as the table
        page.setViewportSize(1366, 1500);
        screenshot("learn-table-shop");
        page.locator("#theme-toggle").click();
        page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));
        screenshot("learn-table-shop-dark");
    }

    @Test
    void onlyTheChangedRowsStayShownStepAfterStepUntilTheFilterIsCleared() throws IOException {
        String id = workspace.importModel("learn-filter.json", Files.readString(Path.of("sample-models/online-shop.json")));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Learn");
        model.learnUntilRule("overloaded-gsi");
        int all = page.locator("#learn-table tbody tr").count();
        int changed = page.locator("#learn-table tbody tr.ks-changed").count();
        assertThat(changed).isPositive().isLessThan(all);

        page.locator("#learn-only-changed input").check();
        model.settle();
        assertThat(page.locator("#learn-table tbody tr").count()).isEqualTo(changed);
        assertThat(page.locator("#learn-table tbody tr:not(.ks-changed)").count()).isZero();
        assertThat(page.locator("#learn-table-legend").innerText())
                .contains("The other " + (all - changed) + " of " + all + " rows are hidden.");
        screenshot("learn-only-changed");

        model.learnUntilRule("table-layout");
        assertThat(page.locator("#learn-only-changed input").isChecked()).as("the filter stays on for the next steps").isTrue();
        assertThat(page.locator("#learn-table tbody tr:not(.ks-changed)").count()).isZero();

        page.locator("#learn-only-changed input").uncheck();
        model.settle();
        assertThat(page.locator("#learn-table tbody tr").count()).isEqualTo(all);
    }

    @Test
    void theNextButtonStaysInViewWhileALongTableScrolls() throws IOException {
        page.setViewportSize(1366, 768);
        String id = workspace.importModel("learn-sticky.json", Files.readString(Path.of("sample-models/online-shop.json")));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Learn");
        model.learnUntilRule("overloaded-gsi");
        page.locator("#learn-table tbody tr").last().scrollIntoViewIfNeeded();
        model.settle();
        assertThat(inView("#learn-table tbody tr:last-child")).as("the end of the table is shown").isTrue();
        assertThat(inView("#learn-next")).as("Next is still on screen").isTrue();
        screenshot("learn-sticky-1366");

        String before = model.learnStepText();
        page.locator("#learn-next").click();
        model.settle();
        assertThat(model.learnStepText()).isNotEqualTo(before);
    }

    /** Whether the element's box lies inside the window, below the app's top bar. */
    private boolean inView(String selector) {
        return (Boolean) page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " const bar = document.querySelector('vaadin-app-layout [slot=navbar]');"
                + " const top = bar ? bar.getBoundingClientRect().bottom : 0;"
                + " return r.top >= top - 1 && r.bottom <= window.innerHeight + 1; }", selector);
    }
}
