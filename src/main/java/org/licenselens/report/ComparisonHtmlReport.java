package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.licenselens.compare.AlignedClause;
import org.licenselens.compare.AlignedRow;
import org.licenselens.compare.DiffSegment;
import org.licenselens.compare.Evidence;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.compare.LicenseDocument;
import org.licenselens.compare.MatrixCell;
import org.licenselens.compare.MatrixRow;
import org.licenselens.report.html.Html;

/**
 * Writes a comparison as one self-contained HTML page: no scripts, no external assets, inline CSS with a print
 * style, every text escaped by {@link Html}. The flag matrix is a table with one column per license; under it the
 * clauses are aligned in a table of the same columns, removed words in {@code <del>} and added ones in
 * {@code <ins>}.
 */
public final class ComparisonHtmlReport {
    static final String CSS = ReportStyles.BASE + """
            th.flag { width: 11rem; }
            th.status { width: 6.5rem; }
            td.flagged { background: #fff4e5; }
            td.flagged .value { color: #9a3412; }
            tr.differs th.flag::after { content: " \\2260"; color: #9a3412; }
            tr.same td { color: #57606a; }
            tr.changed td.status { background: #ddf4ff; }
            tr.only-in td.status, tr.partial td.status { background: #fff8c5; }
            td.absent { background: repeating-linear-gradient(45deg, #fafbfc, #fafbfc 6px, #f0f2f4 6px, #f0f2f4 12px); }
            @media print {
              tr.changed td.status, tr.only-in td.status, tr.partial td.status {
                -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }""";

    private ComparisonHtmlReport() {}

    /** Writes {@code comparison} as a page to {@code out}, every clause row included, and flushes it. */
    public static void write(Writer out, LicenseComparison comparison) throws IOException {
        write(out, comparison, false);
    }

    /**
     * Writes {@code comparison} as a page to {@code out} and flushes it; {@code out} stays open. With
     * {@code changesOnly}, clause rows the same in every license are counted, not shown.
     */
    public static void write(Writer out, LicenseComparison comparison, boolean changesOnly) throws IOException {
        List<LicenseDocument> docs = comparison.documents();
        String title = "License comparison: " + String.join(" vs ", docs.stream().map(LicenseDocument::name).toList());
        Html page = Html.page(out, title, CSS);
        page.open("header").element("h1", title)
                .element("p", "licenselens " + ReportContext.version() + " \u00B7 flags, OSD verdict and clause-by-"
                        + "clause differences", "class", "note")
                .element("p", comparison.summary(), "class", "summary")
                .close("header").newline();
        licenses(page, docs);
        matrix(page, comparison);
        clauses(page, comparison, changesOnly);
        page.finish();
    }

    private static void licenses(Html page, List<LicenseDocument> docs) throws IOException {
        page.open("section", "id", "licenses").element("h2", "Licenses").open("dl", "class", "licenses");
        for (LicenseDocument doc : docs) {
            page.element("dt", doc.name());
            page.open("dd").text(doc.key() == null ? "not identified" : doc.key())
                    .text(doc.title() == null ? "" : " \u2014 " + doc.title())
                    .element("span", " (" + doc.origin().jsonName() + ")", "class", "ref").close("dd");
        }
        page.close("dl").close("section").newline();
    }

    private static void header(Html page, List<LicenseDocument> docs, String first, String firstClass)
            throws IOException {
        page.open("thead").open("tr").element("th", first, "class", firstClass, "scope", "col");
        for (LicenseDocument doc : docs) {
            page.element("th", doc.name(), "class", "license", "scope", "col");
        }
        page.close("tr").close("thead");
    }

    private static void matrix(Html page, LicenseComparison comparison) throws IOException {
        page.open("section", "id", "flags").element("h2", "Flags and OSD verdict");
        page.open("table", "class", "matrix");
        header(page, comparison.documents(), "Flag", "flag");
        page.open("tbody");
        for (MatrixRow row : comparison.matrix()) {
            page.open("tr", "id", "flag-" + row.id(), "class", row.differs() ? "differs" : null);
            page.element("th", row.label(), "class", "flag", "scope", "row");
            for (MatrixCell cell : row.cells()) {
                page.open("td", "class", cell.flagged() ? "flagged" : null);
                page.element("div", cell.value(), "class", "value");
                if (!cell.evidence().isEmpty()) {
                    page.open("ul", "class", "evidence");
                    for (Evidence e : cell.evidence()) {
                        String ref = reference(e.section(), e.startLine(), e.endLine());
                        if (row.id().equals("osd")) {
                            // The clause is quoted in its flag's row above; here the criterion and place suffice.
                            page.element("li", "OSD " + e.values().get("criterion") + " \u00B7 "
                                    + e.values().get("flagType") + " \u00B7 " + ref, "class", "ref");
                        } else {
                            page.open("li").element("span", ref, "class", "ref")
                                    .element("blockquote", e.text(), "class", "evidence-text").close("li");
                        }
                    }
                    page.close("ul");
                }
                page.close("td");
            }
            page.close("tr").newline();
        }
        page.close("tbody").close("table");
        page.element("p", "Shaded cells raise the row's concern; \u2260 marks rows on which the licenses differ.",
                "class", "note");
        page.close("section").newline();
    }

    private static void clauses(Html page, LicenseComparison comparison, boolean changesOnly) throws IOException {
        List<LicenseDocument> docs = comparison.documents();
        page.open("section", "id", "clauses").element("h2", "Clauses, aligned");
        long hidden = changesOnly ? comparison.clauseRows(AlignedRow.Status.SAME) : 0;
        if (hidden > 0) {
            page.element("p", hidden + " clause rows the same in all licenses are not shown.", "class", "note");
        }
        page.element("p", "Differences are shown against the first license that has the clause: removed words are "
                + "struck out, added words highlighted.", "class", "note");
        page.open("table", "class", "clauses");
        header(page, docs, "Status", "status");
        page.open("tbody");
        int number = 0;
        for (AlignedRow row : comparison.clauses()) {
            if (changesOnly && row.status() == AlignedRow.Status.SAME) {
                continue;
            }
            number++;
            page.open("tr", "id", "clause-" + number, "class", row.status().jsonName());
            page.element("td", status(row, docs), "class", "status");
            for (Optional<AlignedClause> cell : row.cells()) {
                if (cell.isEmpty()) {
                    page.element("td", "", "class", "absent");
                    continue;
                }
                AlignedClause c = cell.get();
                page.open("td").element("div", reference(c.section(), c.startLine(), c.endLine()), "class", "ref");
                page.open("div", "class", "clause-text");
                if (c.diff().isEmpty()) {
                    page.text(c.text());
                } else {
                    diff(page, c.diff());
                }
                page.close("div").close("td");
            }
            page.close("tr").newline();
        }
        page.close("tbody").close("table").close("section");
    }

    private static void diff(Html page, List<DiffSegment> diff) throws IOException {
        boolean first = true;
        for (DiffSegment s : diff) {
            if (!first) {
                page.text(" ");
            }
            first = false;
            switch (s.kind()) {
                case EQUAL -> page.text(s.text());
                case REMOVED -> page.element("del", s.text());
                case ADDED -> page.element("ins", s.text());
            }
        }
    }

    private static String status(AlignedRow row, List<LicenseDocument> docs) {
        return switch (row.status()) {
            case SAME -> "same";
            case CHANGED -> "changed";
            case ONLY_IN -> "only in " + docs.get(row.presentIn().getFirst()).name();
            case PARTIAL -> "in " + String.join(", ", row.presentIn().stream().map(i -> docs.get(i).name()).toList());
        };
    }

    private static String reference(String section, int startLine, int endLine) {
        String lines = startLine == endLine ? "line " + startLine : "lines " + startLine + "\u2013" + endLine;
        return section == null ? lines : "\u00A7" + section + ", " + lines;
    }
}
