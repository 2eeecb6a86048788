package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.licenselens.analysis.FileResult;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.LicenseMatch;
import org.licenselens.report.html.Html;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.DetectedLicense;
import org.licenselens.scan.FlagSite;
import org.licenselens.scan.FlagUse;
import org.licenselens.scan.Mismatch;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScanSummary;
import org.licenselens.scan.ScannedFile;
import org.licenselens.scan.SkipReason;
import org.licenselens.scan.Skipped;

/**
 * Writes a scan as one self-contained HTML page: a summary with a chart of licenses by category, the review
 * queue, the repository's declared and detected licenses, clause flags, and a details section per file that the
 * rest of the page links to. No scripts, no external assets; every text (file names and license texts are
 * untrusted) goes through {@link Html}, which escapes it and sets a Content-Security-Policy that forbids both.
 */
public final class ScanHtmlReport {
    static final String CSS = ReportStyles.BASE + """
            .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem;
                       margin: .5rem 0 1rem; }
            .summary div { border: 1px solid #d0d7de; border-radius: 6px; padding: .4rem .6rem; }
            .summary .count { font-size: 1.4rem; font-weight: 600; display: block; }
            .expression { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
            figure.chart { margin: .5rem 0; }
            figure.chart svg { max-width: 40rem; width: 100%; height: auto; }
            ol.review > li { margin: .8rem 0; padding: .4rem .6rem; border-left: 4px solid #d0d7de; }
            ol.review > li.unknown, ol.review > li.mismatch, ol.review > li.lineage-conflict { border-left-color: #cf222e; }
            ol.review > li.near, ol.review > li.unreadable { border-left-color: #bf8700; }
            ol.review > li.flags { border-left-color: #0969da; }
            .kind { font-weight: 600; text-transform: uppercase; font-size: .8em; letter-spacing: .04em; }
            .error { color: #cf222e; }
            table.diff td.line { width: 6rem; white-space: nowrap; }
            section.file { border-top: 1px solid #d0d7de; margin-top: 1rem; }
            summary { cursor: pointer; color: #0969da; }
            """;

    /** Bar colours by LicenseDB category; categories not named get the last colour. */
    private static final Map<String, String> CATEGORY_COLOURS = Map.of(
            "Permissive", "#2da44e", "Public Domain", "#54aeff", "Copyleft", "#cf222e",
            "Copyleft Limited", "#fb8f44", "Proprietary Free", "#8250df", "Commercial", "#6e7781",
            "Source-available", "#bf8700", "Free Restricted", "#e16f24", "Patent License", "#1b7c83");
    private static final String OTHER_COLOUR = "#57606a";

    private ScanHtmlReport() {}

    /** Writes {@code result} as a page to {@code out} and flushes it; {@code out} stays open. */
    public static void write(Writer out, ReportContext context, ScanResult result) throws IOException {
        write(out, context, result, null);
    }

    /** Writes {@code result} with the release's {@code openness} (none when null) as a page, and flushes it. */
    public static void write(Writer out, ReportContext context, ScanResult result,
                             org.licenselens.openness.ReleaseOpenness openness) throws IOException {
        Map<String, String> anchors = anchors(result);
        String title = "License scan: " + result.root();
        Html page = Html.page(out, title, CSS);
        page.open("header").element("h1", title)
                .element("p", "licenselens " + ReportContext.version() + (result.allFiles() ? " \u00B7 all files read"
                        : " \u00B7 license-bearing files read"), "class", "note")
                .open("nav").open("ul", "class", "toc");
        for (String[] entry : new String[][] {{"#summary", "Summary"}, {"#review", "Review queue"},
                {"#declared", "Declared licenses"}, {"#flags", "Clause flags"}, {"#files", "Files"},
                {"#skipped", "Skipped"}}) {
            page.open("li").element("a", entry[1], "href", entry[0]).close("li");
        }
        page.close("ul").close("nav").close("header").newline();
        page.open("main");
        summary(page, context, result);
        review(page, context, result, anchors);
        declared(page, context, result, anchors);
        LineageHtml.section(page, context, result.lineage());
        if (openness != null) {
            OpennessHtml.section(page, context, openness);
        }
        flags(page, result, anchors);
        files(page, context, result, anchors);
        skipped(page, result);
        page.close("main");
        page.finish();
    }

    /** One in-page anchor per analysed file, by position: paths are untrusted and may repeat once escaped. */
    private static Map<String, String> anchors(ScanResult result) {
        Map<String, String> anchors = new HashMap<>();
        for (int i = 0; i < result.files().size(); i++) {
            anchors.putIfAbsent(result.files().get(i).path(), "file-" + (i + 1));
        }
        return anchors;
    }

    private static void summary(Html page, ReportContext context, ScanResult result) throws IOException {
        ScanSummary s = result.summary();
        int skipped = s.visited() - s.files();
        page.open("section", "id", "summary").element("h2", "Summary");
        page.open("div", "class", "summary");
        count(page, s.visited(), "paths visited");
        count(page, s.files(), "files analysed");
        count(page, s.errors(), "unreadable");
        count(page, s.unknown(), "unknown licenses");
        count(page, s.mismatches(), "mismatches");
        count(page, s.review(), "to review");
        count(page, skipped, "skipped");
        if (!result.lineage().isEmpty()) {
            count(page, result.lineageConflicts().size(), "lineage conflicts"); // last: a tree without cards keeps its tiles
        }
        page.close("div");
        page.open("dl", "class", "licenses");
        page.element("dt", "Repository license (detected)");
        page.element("dd", Excerpts.orNone(context.spdxExpression(result.expression())), "class", "expression");
        page.element("dt", "Declared license");
        page.element("dd", Excerpts.orNone(context.spdxExpression(result.declaredExpression())), "class", "expression");
        page.close("dl");
        categoryChart(page, context, result);
        page.close("section").newline();
    }

    private static void count(Html page, int value, String label) throws IOException {
        page.open("div").element("span", String.valueOf(value), "class", "count").text(label).close("div");
    }

    /** Counts each license once per file that holds it, by the category LicenseDB gives it. */
    static Map<String, Integer> licensesByCategory(ReportContext context, ScanResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ScannedFile file : result.files()) {
            if (file.failed() || !file.role().detected()) {
                continue;
            }
            file.result().detection().matches().stream().flatMap(m -> m.keys().stream()).distinct()
                    .map(key -> context.licenses().license(key).map(info -> info.category()).orElse("Unstated License"))
                    .forEach(category -> counts.merge(category, 1, Integer::sum));
            if (file.unknown()) {
                counts.merge("Unknown", 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void categoryChart(Html page, ReportContext context, ScanResult result) throws IOException {
        Map<String, Integer> counts = licensesByCategory(context, result);
        page.element("h3", "Licenses by category");
        if (counts.isEmpty()) {
            page.element("p", "No license was detected.", "class", "note");
            return;
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int rowHeight = 24;
        int labelWidth = 170;
        int barWidth = 330;
        int height = counts.size() * rowHeight + 8;
        page.open("figure", "class", "chart");
        page.open("svg", "viewBox", "0 0 " + (labelWidth + barWidth + 50) + " " + height, "role", "img",
                "aria-labelledby", "chart-title");
        page.element("title", "Licenses by category", "id", "chart-title");
        int row = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int y = 4 + row++ * rowHeight;
            int width = Math.max(2, entry.getValue() * barWidth / max);
            page.open("g", "class", "bar", "data-category", entry.getKey(), "data-count", entry.getValue().toString());
            page.element("text", entry.getKey(), "x", String.valueOf(labelWidth - 6), "y", String.valueOf(y + 16),
                    "text-anchor", "end", "font-size", "13");
            page.element("rect", "", "x", String.valueOf(labelWidth), "y", String.valueOf(y), "width",
                    String.valueOf(width), "height", String.valueOf(rowHeight - 6), "fill",
                    CATEGORY_COLOURS.getOrDefault(entry.getKey(), OTHER_COLOUR));
            page.element("text", entry.getValue().toString(), "x", String.valueOf(labelWidth + width + 6),
                    "y", String.valueOf(y + 16), "font-size", "13");
            page.close("g");
        }
        page.close("svg");
        page.element("figcaption", "Each license counted once per file that holds it.", "class", "note");
        page.close("figure");
    }

    private static void review(Html page, ReportContext context, ScanResult result, Map<String, String> anchors)
            throws IOException {
        page.open("section", "id", "review").element("h2", "Review queue");
        if (result.review().isEmpty()) {
            page.element("p", "Nothing to review.", "class", "note").close("section").newline();
            return;
        }
        page.element("p", "Most pressing first: unknown license texts, modified licenses, declared/detected "
                + "mismatches, lineage conflicts, clause flags, unreadable files.", "class", "note");
        page.open("ol", "class", "review");
        for (ReviewItem item : result.review()) {
            page.open("li", "class", item.kind().jsonName(), "id", "review-" + item.rank());
            page.element("span", item.kind().jsonName(), "class", "kind").text(" ");
            fileLink(page, item.path(), anchors);
            page.element("span", " lines " + item.startLine() + "\u2013" + item.endLine(), "class", "ref");
            page.element("p", item.reason());
            page.element("p", "id " + item.id() + PolicyText.status(context, item), "class", "ref");
            if (item.error() != null) {
                page.element("p", item.error(), "class", "error");
            }
            if (item.mismatch() != null) {
                mismatch(page, context, item.mismatch(), anchors);
            }
            if (item.lineage() != null) {
                LineageHtml.conflict(page, context, item.lineage());
            }
            closest(page, context, item.closest());
            differences(page, item.diff());
            flagSites(page, item.flags(), null, false);
            page.close("li").newline();
        }
        page.close("ol").close("section").newline();
        List<String> policy = new ArrayList<>();
        PolicyText.section(policy, context);
        if (!policy.isEmpty()) {
            page.open("section", "id", "policy").element("h2", "Policy");
            for (String line : policy) {
                if (!line.isBlank()) {
                    page.element("p", line.strip());
                }
            }
            page.close("section").newline();
        }
    }

    private static void mismatch(Html page, ReportContext context, Mismatch m, Map<String, String> anchors)
            throws IOException {
        Declaration d = m.declared();
        page.open("p").text("Declared ").element("span", context.spdxExpression(d.expression()), "class", "expression")
                .text(" by " + d.source() + " " + d.field() + " at ");
        fileLink(page, d.path(), anchors);
        page.text(":" + d.line() + "; missing from the license files: ")
                .element("span", context.spdxExpression(String.join(" AND ", m.missing())), "class", "expression")
                .close("p");
        page.open("ul");
        for (DetectedLicense detected : m.detected()) {
            page.open("li");
            fileLink(page, detected.path(), anchors);
            page.text(" holds ").element("span", Excerpts.orNone(context.spdxExpression(detected.expression())),
                    "class", "expression").close("li");
        }
        page.close("ul");
    }

    private static void closest(Html page, ReportContext context, List<Detection.Closest> closest) throws IOException {
        if (closest.isEmpty()) {
            return;
        }
        page.open("p").text("Closest known licenses: ");
        for (int i = 0; i < closest.size(); i++) {
            Detection.Closest c = closest.get(i);
            page.text(i == 0 ? "" : ", ").element("span", context.spdxExpression(c.key()), "class", "expression")
                    .text(String.format(Locale.ROOT, " (%.3f)", c.similarity()));
        }
        page.close("p");
    }

    private static void differences(Html page, List<Difference> diff) throws IOException {
        if (diff.isEmpty()) {
            return;
        }
        page.open("table", "class", "diff").open("thead").open("tr").element("th", "Lines", "scope", "col")
                .element("th", "Reference text", "scope", "col").element("th", "This file", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (Difference d : diff) {
            page.open("tr").element("td", d.startLine() + (d.endLine() != d.startLine() ? "\u2013" + d.endLine() : ""),
                    "class", "line");
            page.open("td").element("del", d.removed()).close("td");
            page.open("td").element("ins", d.added()).close("td").close("tr");
        }
        page.close("tbody").close("table");
    }

    private static void flagSites(Html page, List<FlagSite> sites, Map<String, String> anchors) throws IOException {
        flagSites(page, sites, anchors, true);
    }

    /**
     * Lists the findings of {@code sites}: one per clause and one per acceptable-use policy. With
     * {@code evidence} each clause's whole text follows it; without, the finding links to the flags section,
     * which holds the evidence, so each flag's text is on the page once.
     */
    private static void flagSites(Html page, List<FlagSite> sites, Map<String, String> anchors, boolean evidence)
            throws IOException {
        if (sites.isEmpty()) {
            return;
        }
        Map<String, List<ClauseFlag>> byPath = new java.util.LinkedHashMap<>();
        for (FlagSite site : sites) {
            byPath.computeIfAbsent(site.path(), k -> new java.util.ArrayList<>()).add(site.flag());
        }
        page.open("ul", "class", "evidence");
        for (Map.Entry<String, List<ClauseFlag>> e : byPath.entrySet()) {
            for (Findings.Finding finding : Findings.of(e.getValue())) {
                page.open("li");
                if (evidence) {
                    page.element("span", finding.type().jsonName(), "class", "value");
                } else {
                    page.open("a", "href", "#flag-" + finding.type().jsonName())
                            .element("span", finding.type().jsonName(), "class", "value").close("a");
                }
                page.text(" ");
                if (anchors != null) {
                    fileLink(page, e.getKey(), anchors);
                    page.text(" ");
                }
                switch (finding) {
                    case Findings.Clause c -> {
                        page.element("span", "lines " + c.startLine() + "\u2013" + c.endLine() + values(c.values()),
                                "class", "ref");
                        if (evidence) {
                            page.element("blockquote", c.text(), "class", "evidence-text");
                        }
                    }
                    case Findings.Policy p -> policy(page, p, evidence);
                }
                page.close("li");
            }
        }
        page.close("ul");
    }

    /** An acceptable-use policy: its count, categories and lines; the items themselves folded. */
    private static void policy(Html page, Findings.Policy p, boolean evidence) throws IOException {
        page.element("span", p.summary(), "class", "ref");
        if (!p.categories().isEmpty()) {
            page.element("p", "Categories: " + String.join("; ", p.categories()), "class", "note");
        }
        if (evidence) {
            page.open("details").element("summary", "the " + p.count() + " items").open("ol");
            for (ClauseFlag item : p.items()) {
                page.element("li", "line " + item.startLine() + ": " + Excerpts.oneLine(item.text()));
            }
            page.close("ol").close("details");
        }
    }

    private static void declared(Html page, ReportContext context, ScanResult result, Map<String, String> anchors)
            throws IOException {
        page.open("section", "id", "declared").element("h2", "Declared licenses");
        if (result.declared().isEmpty()) {
            page.element("p", "No manifest, model card or README declares a license.", "class", "note");
        } else {
            page.open("table").open("thead").open("tr");
            for (String h : List.of("File", "Source", "Field", "Value", "Resolves to", "Note")) {
                page.element("th", h, "scope", "col");
            }
            page.close("tr").close("thead").open("tbody");
            for (Declaration d : result.declared()) {
                page.open("tr").open("td");
                fileLink(page, d.path(), anchors);
                page.text(":" + d.line()).close("td");
                page.element("td", d.source()).element("td", d.field()).element("td", d.value());
                page.element("td", Excerpts.orNone(context.spdxExpression(d.expression())), "class", "expression");
                page.element("td", d.problem() != null ? d.problem()
                        : d.linkedFile() != null ? "text in " + d.linkedFile() : "");
                page.close("tr");
            }
            page.close("tbody").close("table");
        }
        page.close("section").newline();
    }

    private static void flags(Html page, ScanResult result, Map<String, String> anchors) throws IOException {
        page.open("section", "id", "flags").element("h2", "Clause flags");
        if (result.flags().isEmpty()) {
            page.element("p", "No risky clause was flagged.", "class", "note");
        }
        for (FlagUse use : result.flags()) {
            page.element("h3", use.type().jsonName() + " \u00B7 " + use.files().size() + " file"
                    + (use.files().size() == 1 ? "" : "s"), "id", "flag-" + use.type().jsonName());
            flagSites(page, use.sites(), anchors);
        }
        page.close("section").newline();
    }

    private static void files(Html page, ReportContext context, ScanResult result, Map<String, String> anchors)
            throws IOException {
        page.open("section", "id", "files").element("h2", "Files");
        page.open("table", "class", "files").open("thead").open("tr");
        for (String h : List.of("File", "Role", "Kind", "Licenses", "Note")) {
            page.element("th", h, "scope", "col");
        }
        page.close("tr").close("thead").open("tbody");
        for (ScannedFile file : result.files()) {
            FileResult r = file.result();
            page.open("tr").open("td");
            fileLink(page, file.path(), anchors);
            page.close("td").element("td", file.role().jsonName()).element("td", r.kind() == null ? "" : r.kind());
            page.element("td", r.failed() ? "" : context.spdxExpression(r.detection().expression()), "class", "expression");
            page.element("td", r.failed() ? r.error() : file.unknown() ? "unknown license text" : "",
                    "class", r.failed() || file.unknown() ? "error" : null);
            page.close("tr");
        }
        page.close("tbody").close("table");
        for (ScannedFile file : result.files()) {
            fileDetails(page, context, file, anchors.get(file.path()));
        }
        page.close("section").newline();
    }

    private static void fileDetails(Html page, ReportContext context, ScannedFile file, String anchor)
            throws IOException {
        FileResult r = file.result();
        page.open("section", "class", "file", "id", anchor).element("h3", file.path());
        page.element("p", file.role().jsonName() + (r.kind() == null ? "" : " \u00B7 " + r.kind())
                + (r.mediaType() == null ? "" : " \u00B7 " + r.mediaType()), "class", "note");
        if (r.failed()) {
            page.element("p", r.error(), "class", "error").close("section");
            return;
        }
        Detection detection = r.detection();
        if (!detection.matches().isEmpty()) {
            page.open("table").open("thead").open("tr");
            for (String h : List.of("License", "SPDX", "Category", "Match", "Score", "Coverage", "Lines")) {
                page.element("th", h, "scope", "col");
            }
            page.close("tr").close("thead").open("tbody");
            for (LicenseMatch match : detection.matches()) {
                for (String key : match.keys()) {
                    var info = context.licenses().license(key);
                    page.open("tr").element("td", info.map(i -> i.name()).orElse(key))
                            .element("td", context.spdx(key), "class", "expression")
                            .element("td", info.map(i -> i.category()).orElse("Unstated License"))
                            .element("td", match.kind().jsonName())
                            .element("td", String.format(Locale.ROOT, "%.3f", match.score()))
                            .element("td", String.format(Locale.ROOT, "%.3f", match.coverage()))
                            .element("td", match.startLine() + "\u2013" + match.endLine()).close("tr");
                }
            }
            page.close("tbody").close("table");
            for (LicenseMatch match : detection.matches()) {
                differences(page, match.differences());
            }
        }
        if (detection.unknown()) {
            page.element("p", "License-like text that no known license explains, lines "
                    + detection.unknownRegions().stream().map(u -> u.startLine() + "\u2013" + u.endLine()).toList()
                    + ".", "class", "error");
            closest(page, context, detection.closest());
        }
        if (r.clauses() != null && !r.clauses().flags().isEmpty()) {
            page.element("h4", "Clause flags");
            flagSites(page, r.clauses().flags().stream().map(f -> new FlagSite(file.path(), f)).toList(), null, false);
            String verdict = TextReport.openness(r.clauses().openness());
            page.element("p", Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1) + ".", "class", "note");
        }
        page.close("section");
    }

    private static void skipped(Html page, ScanResult result) throws IOException {
        page.open("section", "id", "skipped").element("h2", "Skipped");
        page.open("ul");
        for (Map.Entry<SkipReason, Integer> e : result.summary().skipped().entrySet()) {
            if (e.getValue() > 0) {
                page.element("li", e.getValue() + " " + e.getKey().jsonName());
            }
        }
        page.close("ul");
        if (!result.skipped().isEmpty()) {
            page.open("table").open("thead").open("tr").element("th", "Path", "scope", "col")
                    .element("th", "Reason", "scope", "col").element("th", "Detail", "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (Skipped s : result.skipped()) {
                page.open("tr").element("td", s.path()).element("td", s.reason().jsonName())
                        .element("td", s.detail() == null ? "" : s.detail()).close("tr");
            }
            page.close("tbody").close("table");
        }
        page.close("section").newline();
    }

    private static void fileLink(Html page, String path, Map<String, String> anchors) throws IOException {
        String anchor = anchors.get(path);
        if (anchor == null) {
            page.element("code", path);
        } else {
            page.open("a", "href", "#" + anchor).element("code", path).close("a");
        }
    }

    private static String values(Map<String, Object> values) {
        return values.isEmpty() ? "" : " \u00B7 " + new TreeMap<>(values);
    }


}
