package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;
import org.licenselens.scan.BaseModel;
import org.licenselens.scan.InheritedTerm;
import org.licenselens.scan.LineageConflict;
import org.licenselens.scan.ModelLineage;

/** The lineage part of the scan's text report: per model, its bases, what they bind it to, and conflicts. */
final class LineageText {
    private LineageText() {}

    static void write(Writer out, ReportContext context, List<ModelLineage> lineage) throws IOException {
        if (lineage.isEmpty()) {
            return;
        }
        out.write("\nlineage (base models):\n");
        for (ModelLineage l : lineage) {
            out.write("  " + ScanTextReport.printable(l.path()) + ":" + l.line() + "  " + l.relation().jsonName()
                    + ", declared " + Excerpts.orNone(context.spdxExpression(l.declared())) + "  [" + l.status().jsonName()
                    + "]" + (l.problem() == null ? "" : "  [" + l.problem() + "]") + "\n");
            for (BaseModel b : l.bases()) {
                out.write("    base " + ScanTextReport.printable(b.id()) + ": " + (b.unknown()
                        ? "unknown (not in the tree, the registry or the mapping file)"
                        : context.spdxExpression(b.license()) + " (" + b.resolvedBy().jsonName() + ": "
                        + ScanTextReport.printable(b.source()) + ")") + "\n");
                for (InheritedTerm t : b.terms()) {
                    String values = t.flag().values().isEmpty() ? "" : " " + new TreeMap<>(t.flag().values());
                    out.write("      inherits " + t.flag().type().jsonName() + values + " ("
                            + ScanTextReport.printable(t.path()) + ":" + t.flag().startLine() + "): "
                            + Excerpts.clip(Excerpts.oneLine(t.flag().text()), 120, "...") + "\n");
                }
            }
            for (LineageConflict c : l.conflicts()) {
                out.write("    CONFLICT: " + ScanTextReport.printable(c.reason()) + "\n");
            }
        }
    }
}
