package io.keysmith.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: one Spring context on a random port with a temporary workspace,
 * shared by every subclass (they must not add configuration of their own), and a fresh browser
 * page per test in the shared Chromium of {@link Browsers}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@DisabledIfSystemProperty(named = "skipUiTests", matches = "true")
abstract class BrowserTest {

    static final Path WORKSPACE = temporaryWorkspace();

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    /** A failed test leaves a picture of its page in {@code target/screenshots/failed-CLASS-METHOD.png}. */
    @RegisterExtension
    final AfterTestExecutionCallback failurePicture = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots",
                    "failed-" + getClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName() + ".png")));
        }
    };

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("keysmith.workspace", WORKSPACE::toString);
    }

    @BeforeEach
    void openPage() {
        Browser browser = Browsers.shared();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Saves a full-page screenshot to {@code target/screenshots/NAME.png} for people to look at. */
    void screenshot(String name) {
        waitForAnimations();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    /** Waits (two seconds at most) until nothing on the page moves, so a screenshot shows the settled screen. */
    void waitForAnimations() {
        // colours fade when the theme changes: shoot once transitions end (never wait on endless ones)
        try {
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                    + " || a.effect?.getTiming().iterations === Infinity)", null,
                    new Page.WaitForFunctionOptions().setTimeout(2_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // still moving after two seconds: take the picture as it is
        }
    }

    private static Path temporaryWorkspace() {
        try {
            return Files.createTempDirectory("keysmith-ui-workspace");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
