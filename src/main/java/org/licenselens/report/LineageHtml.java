package org.licenselens.report;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import org.licenselens.clause.FlagType;
import org.licenselens.report.html.Html;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.InheritedTerm;
import org.licenselens.scan.LineageConflict;
import org.licenselens.scan.ModelLineage;

/** The lineage section of the scan's HTML page, and a conflict's details in the review queue. */
final class LineageHtml {
    private LineageHtml() {}

    static void section(Html page, ReportContext context, List<ModelLineage> lineage) throws IOException {
        if (lineage.isEmpty()) {
            return;
        }
        page.open("section", "id", "lineage").element("h2", "Lineage");
        page.element("p", "What each model card names as its base_model, the base's license, and the terms it binds "
                + "derivatives to.", "class", "note");
        page.open("table", "class", "lineage");
        page.open("thead").open("tr").element("th", "Model card").element("th", "Relation").element("th", "Declared")
                .element("th", "Base").element("th", "Base license").element("th", "Inherited terms")
                .element("th", "Status").close("tr").close("thead");
        page.open("tbody");
        for (ModelLineage l : lineage) {
            for (BaseModel b : l.bases()) {
                page.open("tr", "class", l.status().jsonName());
                page.element("td", l.path() + ":" + l.line()).element("td", l.relation().jsonName())
                        .element("td", Excerpts.orNone(context.spdxExpression(l.declared())), "class", "expression")
                        .element("td", b.id());
                page.element("td", b.unknown() ? "unknown" : context.spdxExpression(b.license()) + " ("
                        + b.resolvedBy().jsonName() + ")", "class", "expression");
                page.open("td");
                terms(page, b.terms());
                page.close("td");
                page.element("td", l.status().jsonName());
                page.close("tr").newline();
            }
        }
        page.close("tbody").close("table").close("section").newline();
    }

    private static void terms(Html page, List<InheritedTerm> terms) throws IOException {
        if (terms.isEmpty()) {
            page.text("none");
            return;
        }
        page.open("ul");
        for (InheritedTerm t : terms) {
            String values = t.flag().values().isEmpty() ? "" : " " + new TreeMap<>(t.flag().values());
            page.open("li").element("span", t.flag().type().jsonName() + values, "class", "flag")
                    .text(" " + t.path() + ":" + t.flag().startLine() + ": "
                            + Excerpts.clip(Excerpts.oneLine(t.flag().text()), 160, "..."))
                    .close("li");
        }
        page.close("ul");
    }

    static void conflict(Html page, ReportContext context, LineageConflict c) throws IOException {
        page.open("p").text("Base ").element("span", c.base(), "class", "expression").text(" is under ")
                .element("span", context.spdxExpression(c.baseLicense()), "class", "expression")
                .text("; the card declares ").element("span", context.spdxExpression(c.declared()), "class", "expression")
                .close("p");
        page.open("ul");
        for (String license : c.missing()) {
            page.element("li", "must pass through: " + context.spdxExpression(license));
        }
        for (FlagType t : c.dropped()) {
            page.element("li", "dropped: " + t.jsonName());
        }
        page.close("ul");
    }
}
