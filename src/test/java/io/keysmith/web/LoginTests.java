package io.keysmith.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In Chromium, a server opened to the network: the login page, a wrong password, the models after logging in, logout. */
@DisabledIfSystemProperty(named = "skipUiTests", matches = "true")
class LoginTests extends SecuredServerTest {

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = Browsers.shared().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void aConfiguredUserLogsInReachesTheModelsAndLogsOut() {
        page.navigate(baseUrl() + "models/online-shop");
        assertThat(page).hasURL(baseUrl() + "login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        shoot("login");

        logIn("ada", "not the password");
        assertThat(page).hasURL(baseUrl() + "login?error");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        shoot("login-error");

        logIn("ada", PASSWORD);
        // the page asked for first opens after the login (Spring Security marks it with ?continue)
        assertThat(page).hasURL(Pattern.compile("^" + (baseUrl() + "models/online-shop").replace(".", "\\.") + "(\\?continue)?$"));
        new ModelPage(page).waitUntilShown();
        WorkspacePage models = WorkspacePage.open(page, baseUrl());
        assertThat(models.cellTexts()).contains("Online shop");

        page.locator("#logout").click();
        assertThat(page).hasURL(baseUrl() + "login");
        page.navigate(baseUrl());
        assertThat(page).hasURL(baseUrl() + "login");
    }

    @Test
    void theLiveTableOffersOnlyTheLocalEngine() {
        page.navigate(baseUrl() + "login");
        logIn("ada", PASSWORD);
        ModelPage model = ModelPage.open(page, baseUrl(), "online-shop");
        model.openTab("Live table");
        Locator kinds = page.locator("#live-kind vaadin-radio-button");
        assertThat(kinds).hasCount(1);
        assertThat(kinds).hasText("Keysmith's local engine");
        assertThat(page.locator("#live-kind")).containsText("Endpoint URLs and AWS are turned off on this server");
        shoot("live-local-only");
    }

    /** The login page in the screen gallery ({@code target/screenshots/gallery/login-WIDTH-light.png}), beside the app's screens. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void theLoginPageFitsALaptopAndAWideMonitor(int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(baseUrl() + "login");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form).isVisible();
        var box = form.boundingBox();
        assertThat(box.y + box.height).as("the form's bottom on " + width).isLessThanOrEqualTo(height);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - innerWidth")).intValue())
                .as("page wider than the window at " + width).isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "gallery",
                "login-" + width + "-light.png")));
    }

    private void logIn(String user, String password) {
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForLoadState();
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
