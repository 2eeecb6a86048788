package org.licenselens.report;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.licenselens.openness.ClassCheck;
import org.licenselens.openness.ComponentFinding;
import org.licenselens.openness.ComponentLicense;
import org.licenselens.openness.Evidence;
import org.licenselens.openness.LicenseGap;
import org.licenselens.openness.LicenseKind;
import org.licenselens.openness.OsaidCheck;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.openness.Term;
import org.licenselens.report.html.Html;

/** The release-openness section of the scan's HTML page. */
final class OpennessHtml {
    private OpennessHtml() {}

    static void section(Html page, ReportContext context, ReleaseOpenness r) throws IOException {
        Map<String, Integer> numbers = OpennessText.licenseNumbers(r);
        page.open("section", "id", "openness").element("h2", "Release openness");
        page.element("p", r.summary(), "class", "summary");
        page.element("p", "Model Openness Framework 1.0: " + r.mofClass().title() + ". Open Source AI Definition "
                + "1.0: " + (r.osaidConformant() ? "conformant" : "not conformant") + ". What the files show; "
                + "declared components are not verified.", "class", "note");
        page.open("ul");
        for (ClassCheck c : r.classes()) {
            page.open("li").text(c.mofClass().title() + ": " + (c.reached() ? "reached" : "not reached"));
            page.open("ul");
            if (!c.missing().isEmpty()) {
                page.element("li", "missing: " + c.missing().stream().map(OpennessText::name)
                        .collect(Collectors.joining(", ")));
            }
            for (LicenseGap g : c.failing()) {
                page.element("li", "license [" + numbers.get(OpennessText.id(g.license())) + "]: " + g.reason());
            }
            if (!c.declaredOnly().isEmpty()) {
                page.element("li", "declared, not verified: " + c.declaredOnly().stream().map(OpennessText::name)
                        .collect(Collectors.joining(", ")));
            }
            page.close("ul").close("li");
        }
        for (OsaidCheck.Part p : r.osaid().parts()) {
            page.element("li", "OSAID " + p.part().title() + ": " + (p.met() ? "met: " : "not met: ") + p.reason());
        }
        page.close("ul");
        page.open("table", "class", "openness");
        page.open("thead").open("tr").element("th", "Component").element("th", "Presence").element("th", "Recognised by")
                .element("th", "Evidence").element("th", "Licenses").close("tr").close("thead");
        page.open("tbody");
        for (ComponentFinding f : r.components()) {
            page.open("tr").element("td", OpennessText.name(f.component())).element("td", f.presence().jsonName())
                    .element("td", f.recognition().jsonName());
            page.open("td").open("ul");
            for (Evidence e : f.evidence()) {
                page.element("li", e.location() + (e.line() > 0 ? " (" + e.note() + ")" : ""));
            }
            page.close("ul").close("td");
            page.element("td", f.licenses().stream().map(l -> "[" + numbers.get(OpennessText.id(l)) + "]")
                    .collect(Collectors.joining(" ")));
            page.close("tr").newline();
        }
        page.close("tbody").close("table");
        page.open("ol");
        for (ComponentLicense l : OpennessText.distinct(r).values()) {
            page.open("li").element("span", l.expression().isEmpty() ? l.name()
                    : l.name() + " (" + context.spdxExpression(l.expression()) + ")", "class", "expression")
                    .text(" " + l.source().jsonName() + (l.evidence() == null ? "" : " from " + l.evidence().location())
                            + "; " + (l.kinds().isEmpty() ? "no open kind: " + l.why() : l.kinds().stream().sorted()
                            .map(LicenseKind::jsonName).collect(Collectors.joining(", "))));
            if (!l.terms().isEmpty()) {
                page.open("ul");
                for (Term t : l.terms()) {
                    page.open("li").element("span", t.type().jsonName(), "class", "flag").text(" " + t.path() + ":"
                            + t.startLine() + ": " + Excerpts.clip(Excerpts.oneLine(t.text()), 160, "...")).close("li");
                }
                page.close("ul");
            }
            page.close("li");
        }
        page.close("ol").close("section").newline();
    }
}
