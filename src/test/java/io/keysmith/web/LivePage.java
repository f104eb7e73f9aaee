package io.keysmith.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Page object of the Live table tab (target, plan, seed progress, results) and of the export downloads. */
final class LivePage {

    /** Seeding and verifying run in the background; give them more than the default wait. */
    private static final double WORK_TIMEOUT_MS = 120_000;

    private final Page page;

    LivePage(Page page) {
        this.page = page;
    }

    void chooseEndpoint(String url) {
        page.locator("#live-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Endpoint URL")).click();
        page.locator("#live-endpoint input").fill(url);
    }

    void chooseAws(String profile, String region) {
        page.locator("#live-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("AWS profile")).click();
        page.locator("#live-profile input").fill(profile);
        page.locator("#live-region input").fill(region);
    }

    void replace() {
        page.locator("#live-replace input").check();
    }

    void items(int n) {
        Locator input = page.locator("#live-items input");
        input.fill(Integer.toString(n));
        input.press("Tab");
    }

    /** Asks for the plan and waits until it or an error is shown. */
    void showPlan() {
        page.locator("#live-plan-button").click();
        waitForState("planned", "refused", "failed");
    }

    /** Waits until the tab's work reaches one of these states (the click's own round trip first, so no old state counts). */
    private void waitForState(String... states) {
        new ModelPage(page).settle();
        String selector = java.util.Arrays.stream(states).map(s -> "#live[data-state=" + s + "]")
                .collect(java.util.stream.Collectors.joining(", "));
        page.locator(selector).waitFor(new Locator.WaitForOptions().setTimeout(WORK_TIMEOUT_MS));
    }

    String plan() {
        return page.locator("#live-plan").innerText();
    }

    Locator error() {
        return page.locator("#live-error");
    }

    boolean canApply() {
        return page.locator("#live-apply").isEnabled();
    }

    /** Creates and seeds, then waits for the verification summary. */
    void createAndSeed() {
        page.locator("#live-apply").click();
        waitForState("verified", "cancelled", "failed");
    }

    /** Cancels the running seed and waits until the tab says so. */
    void cancel() {
        page.locator("#live-cancel").click();
        waitForState("cancelled", "failed");
    }

    String status() {
        return page.locator("#live-status").innerText();
    }

    String progressText() {
        return page.locator("#live-progress-text").innerText();
    }

    double progressValue() {
        return ((Number) page.locator("#live-progress-bar").evaluate("bar => bar.value")).doubleValue();
    }

    String summary() {
        return page.locator("#live-summary").innerText();
    }

    String seeded() {
        return page.locator("#live-seeded").innerText();
    }

    /** The texts of the result grid's Result column, one per access pattern. */
    List<String> verdicts() {
        return page.locator("#live-results vaadin-grid-cell-content .ks-badge").allInnerTexts().stream().map(String::strip).toList();
    }

    /** Clicks a download link of the export tab and returns the downloaded file's text. */
    String download(String linkId) {
        return new String(downloadBytes(linkId), StandardCharsets.UTF_8);
    }

    /** The files of a downloaded zip by path. */
    Map<String, String> downloadZip(String linkId) {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(downloadBytes(linkId)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Clicks a download link and returns the name the browser saves the file under. */
    String downloadName(String linkId) {
        return page.waitForDownload(() -> page.locator("#" + linkId).click()).suggestedFilename();
    }

    void startFromEmptyTables() {
        page.locator("#live-empty input").check();
    }

    /** Waits until the plan shown is made again (after an option changed) and says {@code text}. */
    void waitForPlanSaying(String text) {
        page.locator("#live[data-state=planned] #live-plan").filter(new Locator.FilterOptions().setHasText(text))
                .waitFor(new Locator.WaitForOptions().setTimeout(WORK_TIMEOUT_MS));
    }

    private byte[] downloadBytes(String linkId) {
        Download download = page.waitForDownload(() -> page.locator("#" + linkId).click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
