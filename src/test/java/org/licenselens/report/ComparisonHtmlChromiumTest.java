package org.licenselens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.testing.HeadlessChromium;
import org.licenselens.testing.TestCorpus;

/** Opens the HTML compare report in headless Chromium and checks the DOM the browser built. */
@Tag("slow") // renders in headless Chromium
class ComparisonHtmlChromiumTest {
    /** Each payload, if it ran, would retitle the page or add a {@code <blink>} element. */
    private static final String SCRIPT = "<script>document.title='pwned-script';"
            + "document.body.appendChild(document.createElement('blink'))</script>";
    private static final String IMG = "\"><img src=x onerror=\"document.title='pwned-img';"
            + "document.body.appendChild(document.createElement('blink'))\">";
    private static final String LINK = "<a href=\"javascript:document.title='pwned-href'\">click</a>";

    @TempDir
    Path dir;

    private Path write(LicenseComparison comparison) throws IOException {
        Path page = dir.resolve("compare.html");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ComparisonHtmlReport.write(out, comparison);
        }
        return page;
    }

    private static String title(List<String> names) {
        return "License comparison: " + String.join(" vs ", names);
    }

    @Test
    void theFlagMatrixHasOneColumnPerLicenseAndTheEvidenceIsThere() throws IOException {
        List<String> names = List.of("llama2", "llama3.1", "gemma");
        LicenseComparison comparison = TestCorpus.lens().compare(names);
        Document dom = HeadlessChromium.render(write(comparison));

        assertEquals(title(names), dom.title());
        Element matrix = dom.selectFirst("table.matrix");
        assertEquals(names, matrix.select("thead th.license").eachText());
        assertEquals(11, matrix.select("tbody tr").size());
        for (Element row : matrix.select("tbody tr")) {
            assertEquals(3, row.select("> td").size(), row.outerHtml());
        }
        Element ban = dom.getElementById("flag-training-ban");
        List<Element> cells = ban.select("> td");
        assertTrue(cells.get(0).hasClass("flagged") && !cells.get(1).hasClass("flagged")
                && !cells.get(2).hasClass("flagged"), ban.outerHtml());
        String evidence = cells.get(0).selectFirst("blockquote.evidence-text").text();
        assertTrue(evidence.startsWith("You will not use the Llama Materials or any output or results"), evidence);
        assertTrue(cells.get(0).selectFirst(".ref").text().startsWith("\u00A71.b.v"), cells.get(0).text());
        // The MAU clause says "Licensee's affiliates": the apostrophe arrives as text, not markup.
        String mau = dom.getElementById("flag-mau-threshold").select("> td").get(0).text();
        assertTrue(mau.contains("700,000,000 users") && mau.contains("Licensee's affiliates"), mau);

        Element clauses = dom.selectFirst("table.clauses");
        assertEquals(names, clauses.select("thead th.license").eachText());
        assertFalse(clauses.select("tbody tr.only-in").isEmpty());
        assertFalse(clauses.select("tbody tr.changed ins").isEmpty(), "added words are marked");
        assertFalse(clauses.select("tbody tr.changed del").isEmpty(), "removed words are marked");
    }

    @Test
    void hostileLicenseTextsAndFileNamesRunNothingAndShowLiterally() throws IOException {
        String llama2 = TestCorpus.licenseText("llama-2-license-2023");
        String hostile = llama2
                .replace("large language model (excluding", "large language model " + SCRIPT + " (excluding")
                .replace("If, on the Llama 2 version release date,", "If, on the Llama 2 " + IMG + " release date,")
                .replace("Meta Platforms, Inc. All Rights Reserved.", "Meta " + LINK + " All Rights Reserved.");
        assertTrue(hostile.contains(SCRIPT) && hostile.contains(IMG) && hostile.contains(LINK));
        List<String> fileNames = List.of("\"><img src=x onerror=\"document.title='pwned-name'\">",
                "<script>document.title='pwned-name'<", "javascript:document.title='pwned-name'");
        List<String> names = fileNames.stream().map(n -> {
            try {
                return Files.writeString(dir.resolve(n), hostile).toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        Document dom = HeadlessChromium.render(write(TestCorpus.lens().compare(names)));

        assertEquals(title(names), dom.title(), "no script renamed the page");
        assertTrue(dom.select("script, img, iframe, object, embed, blink, base, link, form").isEmpty(),
                dom.select("script, img, iframe, object, embed, blink, base, link, form").outerHtml());
        for (Element element : dom.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
                assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), element.outerHtml());
            }
        }
        assertEquals(names, dom.selectFirst("table.matrix").select("thead th.license").eachText(),
                "file names appear literally");
        String page = dom.body().text();
        assertTrue(page.contains(SCRIPT), "the script shows as text");
        assertTrue(page.contains(IMG), "the img shows as text");
        assertTrue(page.contains(LINK), "the link shows as text");
        String banEvidence = dom.getElementById("flag-training-ban").select("> td").get(0).text();
        assertTrue(banEvidence.contains(SCRIPT), "the evidence keeps the payload as text: " + banEvidence);
    }

    @Test
    void theHarnessSeesScriptsRunWhenAPageAllowsThem() throws IOException {
        // The control for the test above: the same payloads, unescaped and without the CSP, do run in this
        // browser, so "nothing ran" there means the report stopped them, not that the harness cannot tell.
        Path page = Files.writeString(dir.resolve("unsafe.html"), "<!DOCTYPE html><html><head><title>safe</title>"
                + "</head><body><p>" + SCRIPT + "</p></body></html>");
        Document dom = HeadlessChromium.render(page);
        assertEquals("pwned-script", dom.title());
        assertEquals(1, dom.select("blink").size());
    }
}
