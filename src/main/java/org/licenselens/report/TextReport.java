package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.licenselens.analysis.FileResult;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.Openness;
import org.licenselens.clause.OsdViolation;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.Discarded;
import org.licenselens.match.LicenseMatch;

/**
 * Writes results as a table a person can read in a terminal, every line at most {@link TextLayout#WIDTH}
 * columns: long paths and expressions wrap inside their column, evidence wraps under its reference. The JSON
 * report holds every value whole.
 */
public final class TextReport {
    private static final String[] HEADER = {"FILE", "LICENSE", "MATCH", "SCORE", "COVER", "LINES"};
    private static final String NOTE = "  ";
    private static final String EVIDENCE = "      ";

    private TextReport() {}

    public static void write(Writer out, ReportContext context, List<FileResult> results) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        List<String> notes = new ArrayList<>();
        List<String> explained = new ArrayList<>();
        for (FileResult result : results) {
            if (result.failed()) {
                rows.add(new String[] {result.path(), "ERROR: " + result.error(), "", "", "", ""});
                continue;
            }
            Detection detection = result.detection();
            for (LicenseMatch m : detection.matches()) {
                rows.add(new String[] {result.path(), context.spdxExpression(m.expression()), m.kind().jsonName(),
                        format(m.score()), format(m.coverage()), m.startLine() + "-" + m.endLine()
                        + (m.count() > 1 ? " (" + m.count() + " times)" : "")});
                if (m.problem() != null) {
                    TextLayout.hanging(notes, NOTE + result.path() + ":" + m.startLine() + "  ", m.problem(), EVIDENCE);
                }
                differences(notes, context, result.path(), m);
            }
            for (Detection.UnknownRegion region : detection.unknownRegions()) {
                rows.add(new String[] {result.path(), "UNKNOWN", "unknown", "", "",
                        region.startLine() + "-" + region.endLine()});
            }
            if (!detection.unknownRegions().isEmpty() && !detection.closest().isEmpty()) {
                // The closest licenses are the file's, not a region's: said once, not on every region row.
                TextLayout.hanging(notes, NOTE + result.path() + ": closest licenses: ", detection.closest().stream()
                        .map(c -> context.spdxExpression(c.key()) + " " + format(c.similarity()))
                        .collect(Collectors.joining(", ")), EVIDENCE);
            }
            if (result.clauses() != null) {
                findings(notes, result.path(), result.clauses().flags());
                TextLayout.hanging(notes, NOTE + result.path() + ": ", openness(result.clauses().openness()), EVIDENCE);
            }
            if (context.explain()) {
                for (Discarded d : detection.discarded()) {
                    TextLayout.hanging(explained, NOTE + result.path() + ":" + d.startLine() + "-" + d.endLine() + "  ",
                            context.spdxExpression(d.expression()) + "  " + d.reason().jsonName() + ": "
                            + (d.detail().isEmpty() ? d.reason().description() : d.detail())
                            + (d.rule() == null ? "" : "  [" + d.rule() + ", coverage " + format(d.coverage()) + "]")
                            + (d.count() > 1 ? "  (" + d.count() + " times)" : ""), EVIDENCE);
                }
            }
            if (detection.licenseList()) {
                rows.add(new String[] {result.path(), "(a list of license names, not terms that apply)", "", "", "", ""});
            } else if (detection.matches().isEmpty() && detection.unknownRegions().isEmpty()) {
                rows.add(new String[] {result.path(), "(no license found)", "", "", "", ""});
            }
        }
        for (String line : TextLayout.table(rows, 2)) {
            out.write(line + "\n");
        }
        if (!notes.isEmpty()) {
            out.write("\ndifferences and flagged clauses:\n");
            for (String note : notes) {
                out.write(note.stripTrailing() + "\n");
            }
        }
        if (!explained.isEmpty()) {
            out.write("\ndropped candidates (--explain):\n");
            for (String line : explained) {
                out.write(line.stripTrailing() + "\n");
            }
        }
        out.flush();
    }

    private static void differences(List<String> notes, ReportContext context, String path, LicenseMatch m) {
        if (m.differences().isEmpty()) {
            return;
        }
        if (!context.showDiff()) {
            int n = m.differences().size();
            notes.add(NOTE + path + ": " + n + " difference" + (n == 1 ? "" : "s") + " from "
                    + context.spdxExpression(m.expression()) + " (use --diff)");
            return;
        }
        for (Difference d : m.differences()) {
            String where = NOTE + path + ":" + d.startLine() + (d.endLine() != d.startLine() ? "-" + d.endLine() : "");
            if (d.referenceStartLine() > 0) {
                // The LicenseDB text's line, so the reviewer can put the two texts side by side.
                where += "  (" + context.spdxExpression(m.expression()) + " line " + d.referenceStartLine()
                        + (d.referenceEndLine() != d.referenceStartLine() ? "-" + d.referenceEndLine() : "") + ")";
            }
            TextLayout.hanging(notes, NOTE, where.substring(NOTE.length()), EVIDENCE);
            if (!d.removed().isBlank()) {
                TextLayout.hanging(notes, EVIDENCE + "- ", Excerpts.oneLine(d.removed()), EVIDENCE + "  ");
            }
            if (!d.added().isBlank()) {
                TextLayout.hanging(notes, EVIDENCE + "+ ", Excerpts.oneLine(d.added()), EVIDENCE + "  ");
            }
        }
    }

    /** Adds one note per finding: a clause with its whole text wrapped below it, a policy with its items' count. */
    static void findings(List<String> notes, String path, List<ClauseFlag> flags) {
        for (Findings.Finding finding : Findings.of(flags)) {
            switch (finding) {
                case Findings.Clause c -> {
                    String values = c.values().isEmpty() ? "" : " " + c.values();
                    TextLayout.hanging(notes, NOTE + path + ":" + c.startLine() + "  ",
                            "[" + c.type().jsonName() + values + "]", EVIDENCE);
                    TextLayout.hanging(notes, EVIDENCE, c.text(), EVIDENCE);
                }
                case Findings.Policy p -> {
                    TextLayout.hanging(notes, NOTE + path + ":" + p.startLine() + "-" + p.endLine() + "  ",
                            "[" + p.type().jsonName() + "] " + p.summary(), EVIDENCE);
                    if (!p.categories().isEmpty()) {
                        TextLayout.hanging(notes, EVIDENCE + "categories: ", String.join("; ", p.categories()),
                                EVIDENCE);
                    }
                }
            }
        }
    }

    /** The verdict, each broken criterion once with the lines that break it: "6 (use-restriction, lines 7-48)". */
    static String openness(Openness openness) {
        if (openness.osdCompatible()) {
            return "can be Open Source (OSD)";
        }
        Map<String, List<OsdViolation>> byCause = new LinkedHashMap<>();
        for (OsdViolation v : openness.violations()) {
            byCause.computeIfAbsent(v.criterion() + " (" + v.flagType().jsonName(), k -> new ArrayList<>()).add(v);
        }
        return "not Open Source: breaks OSD " + byCause.entrySet().stream().map(e -> {
            List<OsdViolation> vs = e.getValue();
            int start = vs.stream().mapToInt(OsdViolation::startLine).min().orElseThrow();
            int end = vs.stream().mapToInt(OsdViolation::startLine).max().orElseThrow();
            return e.getKey() + (start == end ? ", line " + start : ", " + vs.size() + " clauses, lines " + start + "-" + end)
                    + ")";
        }).collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
