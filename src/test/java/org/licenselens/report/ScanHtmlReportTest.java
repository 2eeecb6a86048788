package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanListener;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.Scanner;
import org.licenselens.testing.HeadlessChromium;
import org.licenselens.testing.TestCorpus;

/** Opens the HTML scan report in headless Chromium and checks the DOM the browser built. */
@Tag("slow") // renders in headless Chromium
class ScanHtmlReportTest {
    /** Each payload, if it ran, would retitle the page or add a {@code <blink>} element. */
    private static final String SCRIPT = "<script>document.title='pwned-script';"
            + "document.body.appendChild(document.createElement('blink'))</script>";
    private static final String IMG = "\"><img src=x onerror=\"document.title='pwned-img'\">";
    private static final String LINK = "<a href=\"javascript:document.title='pwned-href'\">click</a>";

    @TempDir
    Path dir;

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static ScanResult scan(Path root) {
        return TestCorpus.lens().scan(new ScanOptions(root, false, 2), ScanListener.NONE);
    }

    private Path page(ScanResult result) throws IOException {
        Path page = dir.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ScanHtmlReport.write(out, new ReportContext(TestCorpus.lens().licenses(), true), result);
        }
        return page;
    }

    /**
     * The model directory's page before issue 12 was 6,399 px tall at 1,280 px wide (each of the policy's 31 items
     * printed in the queue, the flags section and the file details): it must be under half of that, with the
     * policy once in the flags section and each finding's evidence once.
     */
    @Test
    void theModelDirectoryPageListsThePolicyOnceAndIsUnderHalfItsFormerHeight() throws IOException {
        Path page = page(scan(org.licenselens.testing.ModelDirectory.write(dir.resolve("model"))));
        int height = HeadlessChromium.contentHeight(page, 1280);
        System.out.println("model-directory scan page: " + height + " px tall at 1280 px wide");
        assertTrue(height > 0 && height < 6399 / 2, "page height " + height + " px");
        Document dom = HeadlessChromium.render(page);
        var policy = dom.select("#flags li:contains(acceptable-use policy)");
        assertEquals(1, policy.size(), policy.toString());
        assertTrue(policy.text().matches("(?s).*acceptable-use policy: [2-9]\\d items.*"), policy.text());
        assertEquals(1, dom.select("blockquote.evidence-text:contains(Built with Llama)").size(), "evidence once");
    }

    @Test
    void summaryChartReviewQueueAndFileDetailsRenderAsTheScanSays() throws IOException {
        Path root = dir.resolve("model");
        write(root, "LICENSE", TestCorpus.licenseText("llama-3.1-license-2024"));
        write(root, "README.md", "---\nlicense: apache-2.0\n---\n\n# A model\n");
        write(root, "USE_POLICY.md", Files.readString(TestCorpus.root().resolve("model-repos/llama3_1-acceptable-use-policy.md")));
        write(root, "third_party/x/COPYING", TestCorpus.licenseText("gpl-2.0"));
        write(root, "third_party/y/LICENSE", TestCorpus.licenseText("mit").replace("without restriction",
                "without restriction for non-military purposes"));
        ScanResult result = scan(root);
        Document dom = HeadlessChromium.render(page(result));

        assertEquals("License scan: " + root, dom.title());
        assertNotNull(dom.selectFirst("meta[http-equiv=Content-Security-Policy]"), "the page carries its CSP");
        List<String> counts = dom.select("#summary .summary .count").eachText();
        assertEquals(String.valueOf(result.summary().files()), counts.get(1));
        assertEquals(String.valueOf(result.summary().review()), counts.get(5));

        Map<String, Integer> categories = ScanHtmlReport.licensesByCategory(
                new ReportContext(TestCorpus.lens().licenses(), false), result);
        List<Element> bars = dom.select("#summary svg g.bar");
        assertEquals(categories.size(), bars.size(), "one bar per category");
        for (Element bar : bars) {
            assertEquals(categories.get(bar.attr("data-category")), Integer.valueOf(bar.attr("data-count")), bar.outerHtml());
        }
        assertTrue(categories.containsKey("Copyleft"), categories.toString());

        List<Element> items = dom.select("#review ol.review > li");
        assertEquals(result.review().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            ReviewItem item = result.review().get(i);
            assertTrue(items.get(i).hasClass(item.kind().jsonName()), items.get(i).outerHtml());
            assertEquals(item.path(), items.get(i).selectFirst("a code").text());
        }
        Element near = dom.select("#review li.near").first();
        assertNotNull(near, "the modified MIT is queued as a near match");
        assertTrue(near.select("ins").eachText().stream().anyMatch(t -> t.contains("non-military")), near.text());
        ReviewItem policy = result.review().stream().filter(i -> i.path().equals("USE_POLICY.md")).findFirst().orElseThrow();
        Element queued = items.get(policy.rank() - 1);
        assertEquals(1, queued.select("ul.evidence > li").size(), "a policy is one finding: " + queued.text());
        assertTrue(queued.text().contains("acceptable-use policy: " + policy.flags().size() + " items"), queued.text());
        assertEquals(1, dom.select("#flags ul.evidence > li").stream()
                .filter(li -> li.text().contains("USE_POLICY.md")).count(), "and once under Clause flags");
        assertEquals(policy.flags().size(), dom.select("#flags ul.evidence > li details li").stream()
                .filter(li -> li.parents().stream().anyMatch(p -> p.text().contains("USE_POLICY.md"))).count(),
                "with its items folded under it");
        Element mismatch = dom.selectFirst("#review li.mismatch");
        assertTrue(mismatch.text().contains("Apache-2.0") && mismatch.text().contains("LICENSE"), mismatch.text());

        for (Element link : dom.select("a[href^=#]")) {
            assertNotNull(dom.getElementById(link.attr("href").substring(1)), "dangling link " + link.outerHtml());
        }
        assertEquals(result.files().size(), dom.select("#files section.file").size(), "one details section per file");
        String mau = dom.selectFirst("#flag-mau-threshold").nextElementSibling().text();
        assertTrue(mau.contains("700 million monthly active users"), mau);
    }

    @Test
    void hostileLicenseTextsAndFileNamesRunNothingAndShowLiterally() throws IOException {
        Path root = dir.resolve("hostile");
        String mit = TestCorpus.licenseText("mit");
        String hostile = mit.replace("without restriction", "without restriction " + SCRIPT + " " + IMG + " " + LINK);
        assertTrue(hostile.contains(SCRIPT));
        List<String> names = List.of("LICENSE-\"><img src=x onerror=\"document.title='pwned-name'\">",
                "LICENSE-<script>document.title='pwned-name'<", "LICENSE-javascript:document.title='pwned-name'");
        for (String name : names) {
            write(root, name, hostile);
        }
        // A model card whose declared license names a payload too.
        write(root, "README.md", "---\nlicense: \"" + IMG.replace("\"", "'") + "\"\n---\n");
        ScanResult result = scan(root);
        Document dom = HeadlessChromium.render(page(result));

        assertEquals("License scan: " + root, dom.title(), "no script renamed the page");
        String forbidden = "script, img, iframe, object, embed, blink, base, link, form";
        assertTrue(dom.select(forbidden).isEmpty(), dom.select(forbidden).outerHtml());
        for (Element element : dom.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
                assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), element.outerHtml());
            }
        }
        List<String> shown = dom.select("#files table.files tbody tr td:first-child").eachText();
        for (String name : names) {
            assertTrue(shown.contains(name), "file name shown literally: " + name + " in " + shown);
        }
        // The payloads reach the page through the near match's word diff, as text.
        String added = String.join(" ", dom.select("#review li.near ins").eachText());
        assertTrue(added.contains("document.title='pwned-script'") && added.contains("</script>"), added);
        assertTrue(added.contains("onerror=\"document.title='pwned-img'"), added);
        assertTrue(added.contains("href=\"javascript:document.title='pwned-href'\""), added);
    }
}
