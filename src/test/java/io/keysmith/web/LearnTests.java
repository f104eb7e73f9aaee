package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.workspace.Workspace;
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
        assertThat(first.get(1)).isEqualTo("not chosen yet");
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
        assertThat(model.learnRowChanged("User")).isTrue();
        assertThat(page.locator("#learn-table-legend").innerText()).contains("Indexes so far: GSI1");
        screenshot("learn-table");

        model.learnUntilRule("table-layout");
        assertThat(model.learnTableRow("User").get(1)).isEqualTo("Learners");
        assertThat(model.learnTableRow("User").get(4)).startsWith("GSI1PK = ");
    }
}
