package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dark theme reaches everything Keysmith draws itself (diagram, entity badges, code previews),
 * and the screens fit a 1366x768 laptop and a 1920x1080 monitor with nothing cut off. Saves
 * {@code target/screenshots/*-dark.png}, {@code *-laptop.png} and {@code *-wide.png} for people to look at.
 */
class ThemeAndLayoutTests extends BrowserTest {

    /** The element's text contrast ratio (WCAG) against what is behind it, translucent layers blended in. */
    private static final String CONTRAST = """
            element => {
              // a canvas turns any CSS colour (rgb, oklch, color-mix...) into sRGB bytes
              const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
              const parse = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1);
                const d = ctx.getImageData(0, 0, 1, 1).data; return { rgb: [d[0], d[1], d[2]], a: d[3] / 255 }; };
              const layers = [];
              for (let e = element; e; e = e.parentElement) {
                const bg = parse(getComputedStyle(e).backgroundColor);
                if (bg.a > 0) layers.push(bg);
                if (bg.a >= 1) break;
              }
              let rgb = layers.length && layers[layers.length - 1].a >= 1 ? layers.pop().rgb : [255, 255, 255];
              while (layers.length) { const l = layers.pop(); rgb = rgb.map((c, i) => l.a * l.rgb[i] + (1 - l.a) * c); }
              const lum = v => { const [r, g, b] = v.map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const a = lum(parse(getComputedStyle(element).color).rgb), b = lum(rgb);
              return { contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), background: b };
            }""";

    @Test
    void theDarkThemeCoversTheDiagramBadgesAndCodePreviewsAndSurvivesAReload() {
        WorkspacePage list = WorkspacePage.open(page, baseUrl());
        page.locator("#theme-toggle").click();
        page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));
        assertThat(backgroundLuminance("body")).isLessThan(0.05);
        screenshot("workspace-dark");

        ModelPage model = list.openModel("Online shop");
        screenshot("editor-dark");
        model.openTab("Design");
        model.planIds();
        Locator badge = page.locator("#design .ks-badge").first();
        assertThat(contrast(badge)).isGreaterThan(4.5);
        assertThat(backgroundLuminance(badge)).isLessThan(0.2);
        screenshot("design-dark");

        model.openTab("Diagram");
        assertThat(diagramSvg()).contains("fill=\"#1e232b\"").doesNotContain("fill=\"#ffffff\"/>");
        screenshot("diagram-dark");
        String darkDrawing = page.locator("#diagram-view").getAttribute("data-version");
        page.locator("#theme-toggle").click();
        page.waitForCondition(() -> !darkDrawing.equals(page.locator("#diagram-view").getAttribute("data-version")));
        assertThat(diagramSvg()).contains("fill=\"#ffffff\"/>");
        page.locator("#theme-toggle").click();
        page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));

        model.openTab("Export");
        model.export("query code");
        screenshot("export-dark");
        assertThat(contrast(page.locator("#export-preview"))).isGreaterThan(7);

        page.reload();
        model.waitUntilShown();
        page.waitForCondition(() -> "dark".equals(page.locator("html").getAttribute("theme")));
        page.locator("#theme-toggle").click();
        page.waitForCondition(() -> !"dark".equals(page.locator("html").getAttribute("theme")));
        assertThat(backgroundLuminance("body")).isGreaterThan(0.8);
    }

    @Test
    void everyScreenFitsALaptopAndAWideMonitor() {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            String suffix = size[0] < 1500 ? "laptop" : "wide";
            page.setViewportSize(size[0], size[1]);
            WorkspacePage list = WorkspacePage.open(page, baseUrl());
            assertFits("workspace-" + suffix);
            assertInView(list.grid());
            screenshot("workspace-" + suffix);

            ModelPage model = list.openModel("Online shop");
            assertInView(page.locator("#entities-list"));
            assertInView(page.locator(".ks-detail"));
            assertFits("entities-" + suffix);
            screenshot("entities-" + suffix);
            model.openTab("Relationships");
            page.locator("#add-relationship").waitFor();
            assertFits("relationships-" + suffix);
            screenshot("relationships-" + suffix);
            model.openTab("Access patterns");
            assertInView(page.locator("#accessPatterns-list"));
            assertFits("patterns-" + suffix);
            screenshot("patterns-" + suffix);
            for (String tab : new String[] {"Design", "Diagram", "Learn", "Export"}) {
                model.openTab(tab);
                String name = tab.toLowerCase() + "-" + suffix;
                page.locator("#" + (tab.equals("Learn") ? "learn-position" : tab.equals("Export") ? "export-preview" : tab.toLowerCase()))
                        .waitFor();
                assertFits(name);
                screenshot(name);
            }
        }
    }

    private String diagramSvg() {
        page.locator("#diagram-image").waitFor();
        // the file "Download SVG" saves: the same drawing as on screen, as the server wrote it
        return (String) page.evaluate("() => fetch(document.querySelector('#diagram-download').href).then(r => r.text())");
    }

    private void assertFits(String where) {
        assertThat(PageLayout.scrollsSideways(page)).as("horizontal scroll bar on " + where).isFalse();
        assertThat(PageLayout.cutOff(page)).as("cut off on " + where).isEmpty();
    }

    /** The top-left of the element is on screen and it is at least a few lines tall. */
    private void assertInView(Locator locator) {
        var box = locator.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box.x).isBetween(0.0, (double) viewport.width);
        assertThat(box.y).isBetween(0.0, (double) viewport.height - 100);
        assertThat(box.height).isGreaterThan(100);
    }

    private double contrast(Locator element) {
        return ((Number) ((java.util.Map<?, ?>) element.evaluate(CONTRAST)).get("contrast")).doubleValue();
    }

    private double backgroundLuminance(Locator element) {
        return ((Number) ((java.util.Map<?, ?>) element.evaluate(CONTRAST)).get("background")).doubleValue();
    }

    private double backgroundLuminance(String selector) {
        return backgroundLuminance(page.locator(selector));
    }
}
