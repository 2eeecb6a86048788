package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.licenselens.analysis.FileResult;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.Openness;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.Discarded;
import org.licenselens.match.LicenseMatch;

/** Writes results as a table a person can read in a terminal. */
public final class TextReport {
    private static final String[] HEADER = {"FILE", "LICENSE", "MATCH", "SCORE", "COVER", "LINES"};
    /**
     * The widest a column is padded to. A longer cell (a path thousands of folders deep) runs past its column on
     * its own row only, instead of pushing every other row's license thousands of columns to the right.
     */
    static final int MAX_COLUMN = 80;

    private TextReport() {}

    public static void write(Writer out, ReportContext context, List<FileResult> results) throws IOException {
        List<String[]> rows = new ArrayList<>();
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
                    notes.add(result.path() + ":" + m.startLine() + "  " + m.problem());
                }
                if (context.showDiff()) {
                    for (Difference d : m.differences()) {
                        notes.add(result.path() + ":" + d.startLine() + (d.endLine() != d.startLine() ? "-" + d.endLine() : "")
                                + "  - " + d.removed() + "  + " + d.added().replaceAll("\\s+", " "));
                    }
                }
            }
            for (Detection.UnknownRegion region : detection.unknownRegions()) {
                StringBuilder closest = new StringBuilder();
                for (Detection.Closest c : detection.closest()) {
                    closest.append(closest.isEmpty() ? "closest: " : ", ").append(context.spdxExpression(c.key()))
                            .append(' ').append(format(c.similarity()));
                }
                rows.add(new String[] {result.path(), "UNKNOWN (" + closest + ")", "unknown", "", "",
                        region.startLine() + "-" + region.endLine()});
            }
            if (result.clauses() != null) {
                for (ClauseFlag flag : result.clauses().flags()) {
                    String values = flag.values().isEmpty() ? "" : " " + flag.values();
                    notes.add(result.path() + ":" + flag.startLine() + "  [" + flag.type().jsonName() + values + "]  "
                            + Excerpts.clip(flag.text().replaceAll("\\s+", " "), 160, "..."));
                }
                Openness openness = result.clauses().openness();
                notes.add(result.path() + ": " + (openness.osdCompatible() ? "can be Open Source (OSD)"
                        : "not Open Source: breaks OSD " + openness.violations().stream()
                        .map(v -> v.criterion() + " (" + v.flagType().jsonName() + ", line " + v.startLine() + ")")
                        .distinct().collect(java.util.stream.Collectors.joining(", "))));
            }
            if (context.explain()) {
                for (Discarded d : detection.discarded()) {
                    explained.add(result.path() + ":" + d.startLine() + "-" + d.endLine() + "  "
                            + context.spdxExpression(d.expression()) + "  " + d.reason().jsonName() + ": "
                            + (d.detail().isEmpty() ? d.reason().description() : d.detail())
                            + (d.rule() == null ? "" : "  [" + d.rule() + ", coverage " + format(d.coverage()) + "]")
                            + (d.count() > 1 ? "  (" + d.count() + " times)" : ""));
                }
            }
            if (detection.licenseList()) {
                rows.add(new String[] {result.path(), "(a list of license names, not terms that apply)", "", "", "", ""});
            } else if (detection.matches().isEmpty() && detection.unknownRegions().isEmpty()) {
                rows.add(new String[] {result.path(), "(no license found)", "", "", "", ""});
            }
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : prepend(HEADER, rows)) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(row[i].length(), MAX_COLUMN));
            }
        }
        for (String[] row : prepend(HEADER, rows)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(i == row.length - 1 ? row[i] : pad(row[i], widths[i]));
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
        if (!notes.isEmpty()) {
            out.write("\ndifferences and flagged clauses:\n");
            for (String note : notes) {
                out.write("  " + note + "\n");
            }
        }
        if (!explained.isEmpty()) {
            out.write("\ndropped candidates (--explain):\n");
            for (String line : explained) {
                out.write("  " + line + "\n");
            }
        }
        out.flush();
    }

    private static List<String[]> prepend(String[] header, List<String[]> rows) {
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }


    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
