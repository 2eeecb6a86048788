package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.licenselens.openness.Component;
import org.licenselens.openness.ComponentFinding;
import org.licenselens.openness.ComponentLicense;
import org.licenselens.openness.Presence;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.report.html.Html;

/**
 * {@code compare} of model folders: their openness side by side, component by component (presence and license),
 * then the MOF class and OSAID verdict of each; each release's full evidence follows in the text and JSON reports.
 */
public final class ReleaseComparisonReport {
    public static final String SCHEMA = "licenselens-compare-releases/1";

    private ReleaseComparisonReport() {}

    /** Writes the releases side by side as text, within 100 columns. */
    public static void text(Writer out, ReportContext context, List<ReleaseOpenness> releases) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("release openness, side by side:");
        for (int i = 0; i < releases.size(); i++) {
            TextLayout.hanging(lines, "  [" + (char) ('A' + i) + "] ", ScanTextReport.printable(releases.get(i).root())
                    + ": " + ScanTextReport.printable(releases.get(i).summary()), "      ");
        }
        lines.add("");
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[releases.size() + 1];
        header[0] = "component";
        for (int i = 0; i < releases.size(); i++) {
            header[i + 1] = "[" + (char) ('A' + i) + "]";
        }
        rows.add(header);
        for (Component c : Component.values()) {
            String[] row = new String[releases.size() + 1];
            row[0] = OpennessText.name(c);
            for (int i = 0; i < releases.size(); i++) {
                row[i + 1] = releases.get(i).find(c).map(f -> cell(context, f)).orElse("-");
            }
            rows.add(row);
        }
        rows.add(verdictRow("MOF class", releases, r -> r.mofClass().jsonName()));
        rows.add(verdictRow("OSAID 1.0", releases, r -> r.osaidConformant() ? "conformant" : "not conformant"));
        lines.addAll(TextLayout.table(rows, releases.size() + 1));
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        for (ReleaseOpenness r : releases) {
            OpennessText.write(out, context, r);
        }
        out.flush();
    }

    /** Writes the releases as one JSON document: each release's {@code openness} object, in argument order. */
    public static void json(Writer out, ReportContext context, List<ReleaseOpenness> releases) throws IOException {
        JsonReport.writeReport(out, SCHEMA, context, json -> {
            json.writeArrayFieldStart("releases");
            for (ReleaseOpenness r : releases) {
                json.writeStartObject();
                OpennessJson.write(json, context, r);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Writes the releases as a page: the side-by-side table, then each release's section. */
    public static void html(Writer out, ReportContext context, List<ReleaseOpenness> releases) throws IOException {
        Html page = Html.page(out, "Release openness compared", ReportStyles.BASE);
        page.open("main").element("h1", "Release openness compared");
        page.open("table", "class", "openness");
        page.open("thead").open("tr").element("th", "Component");
        for (ReleaseOpenness r : releases) {
            page.element("th", r.root());
        }
        page.close("tr").close("thead").open("tbody");
        for (Component c : Component.values()) {
            page.open("tr").element("td", OpennessText.name(c));
            for (ReleaseOpenness r : releases) {
                page.element("td", r.find(c).map(f -> cell(context, f)).orElse("-"));
            }
            page.close("tr").newline();
        }
        page.open("tr").element("td", "MOF class");
        for (ReleaseOpenness r : releases) {
            page.element("td", r.mofClass().title());
        }
        page.close("tr").open("tr").element("td", "OSAID 1.0");
        for (ReleaseOpenness r : releases) {
            page.element("td", r.osaidConformant() ? "conformant" : "not conformant");
        }
        page.close("tr").close("tbody").close("table");
        for (ReleaseOpenness r : releases) {
            OpennessHtml.section(page, context, r);
        }
        page.close("main");
        page.finish();
    }

    private static String cell(ReportContext context, ComponentFinding f) {
        if (f.presence() == Presence.DECLARED) {
            return "declared";
        }
        return f.licenses().stream().map(l -> license(context, l)).distinct().collect(Collectors.joining(", "));
    }

    private static String license(ReportContext context, ComponentLicense l) {
        String name = l.expression().isEmpty() ? "no license" : context.spdxExpression(l.expression());
        return l.kinds().isEmpty() ? name + " (not open)" : name;
    }

    private static String[] verdictRow(String title, List<ReleaseOpenness> releases,
                                       java.util.function.Function<ReleaseOpenness, String> verdict) {
        String[] row = new String[releases.size() + 1];
        row[0] = title;
        for (int i = 0; i < releases.size(); i++) {
            row[i + 1] = verdict.apply(releases.get(i));
        }
        return row;
    }
}
