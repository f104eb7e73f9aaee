package io.keysmith.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one headless Chromium of a test run. Uses {@code KEYSMITH_CHROMIUM} (system property or
 * environment), else Debian's {@code /usr/bin/chromium} when present, else Playwright's own browser.
 */
final class Browsers {

    private static final List<String> QUIET_OFFLINE = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser shared() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_OFFLINE);
            chromiumPath().ifPresent(path -> options.setExecutablePath(Path.of(path)));
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
        }
        return browser;
    }

    private static java.util.Optional<String> chromiumPath() {
        String configured = System.getProperty("KEYSMITH_CHROMIUM", System.getenv("KEYSMITH_CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            return java.util.Optional.of(configured);
        }
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? java.util.Optional.of("/usr/bin/chromium")
                : java.util.Optional.empty();
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
        }
    }
}
