package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The Design tab shows a write's program, request by request, when its row is opened. */
class DesignProgramsTests extends BrowserTest {

    @Test
    void openingAWriteShowsTheRequestsItMakesInOrder() {
        ModelPage model = WorkspacePage.open(page, baseUrl()).openModel("Users service");
        model.openTab("Design");
        page.locator("#plans vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("AP9")).first().click();
        Locator program = page.locator("#plans pre.program");
        program.first().waitFor();
        assertThat(program.first().innerText())
                .startsWith("1. GetItem UsersService key PK=USER#{userId}, SK=USER, consistent -> current (refused if missing)")
                .contains("2. TransactWriteItems (all or nothing):")
                .contains("DeleteItem UsersService key PK=USER#EMAIL#{email}, SK=USER#EMAIL (stored values) [only when email changes]");
        program.first().scrollIntoViewIfNeeded();
        screenshot("design-write-program");
    }
}
