package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.licenselens.analysis.FileResult;
import org.licenselens.match.Difference;
import org.licenselens.scan.Declaration;
import org.licenselens.scan.FlagSite;
import org.licenselens.scan.FlagUse;
import org.licenselens.scan.Mismatch;
import org.licenselens.scan.ReviewItem;
import org.licenselens.scan.ScanResult;
import org.licenselens.scan.ScannedFile;
import org.licenselens.scan.SkipReason;
import org.licenselens.scan.Skipped;

/**
 * Writes a scan for a terminal: the per-file table of {@code identify}, then the repository picture, and with
 * {@code review} the ranked review queue. Paths are shown with control characters escaped ({@code \n}), so
 * every file stays on one line.
 */
public final class ScanTextReport {
    private ScanTextReport() {}

    /** Writes the whole report; with {@code review} the review queue follows it. */
    public static void write(Writer out, ReportContext context, ScanResult result, boolean review) throws IOException {
        List<FileResult> shown = new ArrayList<>();
        for (ScannedFile f : result.files()) {
            FileResult r = f.result();
            shown.add(new FileResult(printable(r.path()), r.kind(), r.mediaType(), r.error(), r.detection(), r.clauses()));
        }
        if (!shown.isEmpty()) {
            TextReport.write(out, context, shown);
        }
        out.write("\nrepository license: " + Excerpts.orNone(context.spdxExpression(result.expression())) + "\n");
        out.write("declared license:   " + Excerpts.orNone(context.spdxExpression(result.declaredExpression())) + "\n");
        if (!result.declared().isEmpty()) {
            out.write("\ndeclared:\n");
            for (Declaration d : result.declared()) {
                out.write("  " + printable(d.path()) + ":" + d.line() + "  " + d.source() + " " + d.field() + " = "
                        + printable(d.value()) + " -> " + Excerpts.orNone(context.spdxExpression(d.expression()))
                        + (d.linkedFile() != null ? " (from " + printable(d.linkedFile()) + ")" : "")
                        + (d.problem() != null ? "  [" + d.problem() + "]" : "") + "\n");
            }
        }
        if (!result.mismatches().isEmpty()) {
            out.write("\nmismatches (declared vs detected):\n");
            for (Mismatch m : result.mismatches()) {
                out.write("  " + mismatch(context, m) + "\n");
            }
        }
        if (!result.flags().isEmpty()) {
            out.write("\nclause flags:\n");
            for (FlagUse use : result.flags()) {
                out.write("  " + use.type().jsonName() + ": " + use.sites().stream()
                        .map(s -> printable(s.path()) + ":" + s.flag().startLine()).collect(Collectors.joining(", ")) + "\n");
            }
        }
        if (!result.skipped().isEmpty()) {
            out.write("\nskipped:\n");
            for (Skipped s : result.skipped()) {
                out.write("  " + printable(s.path()) + "  " + s.reason().jsonName()
                        + (s.detail() == null ? "" : " " + printable(s.detail())) + "\n");
            }
        }
        if (!review) {
            out.write(PolicyText.section(context));
        }
        out.write("\n" + summary(result) + "\n");
        if (review) {
            writeReview(out, context, result);
        }
        out.flush();
    }

    /** Writes the review queue only. */
    public static void writeReview(Writer out, ReportContext context, ScanResult result) throws IOException {
        out.write("\nreview queue (" + result.review().size() + " item" + (result.review().size() == 1 ? "" : "s")
                + ", most pressing first):\n");
        for (ReviewItem item : result.review()) {
            out.write(String.format(Locale.ROOT, "\n%3d. [%s] %s:%d-%d\n", item.rank(), item.kind().jsonName(),
                    printable(item.path()), item.startLine(), item.endLine()));
            out.write("     id: " + item.id() + PolicyText.status(context, item) + "\n");
            out.write("     why: " + printable(item.reason()) + "\n");
            if (!item.closest().isEmpty()) {
                out.write("     closest: " + item.closest().stream()
                        .map(c -> context.spdxExpression(c.key()) + String.format(Locale.ROOT, " %.3f", c.similarity()))
                        .collect(Collectors.joining(", ")) + "\n");
            }
            for (Difference d : item.diff()) {
                out.write("     line " + d.startLine() + (d.endLine() != d.startLine() ? "-" + d.endLine() : "")
                        + ":  - " + Excerpts.oneLine(d.removed()) + "  + " + Excerpts.oneLine(d.added()) + "\n");
            }
            for (FlagSite site : item.flags()) {
                String values = site.flag().values().isEmpty() ? "" : " " + new java.util.TreeMap<>(site.flag().values());
                out.write("     flag " + site.flag().type().jsonName() + values + " (lines " + site.flag().startLine()
                        + "-" + site.flag().endLine() + "): "
                        + Excerpts.clip(Excerpts.oneLine(site.flag().text()), 160, "...") + "\n");
            }
        }
        out.write(PolicyText.section(context));
        out.flush();
    }

    private static String mismatch(ReportContext context, Mismatch m) {
        Declaration d = m.declared();
        return printable(d.path()) + ":" + d.line() + " declares " + context.spdxExpression(d.expression()) + " ("
                + d.source() + " " + d.field() + "), but " + m.detected().stream()
                .map(l -> printable(l.path()) + " holds " + Excerpts.orNone(context.spdxExpression(l.expression())))
                .collect(Collectors.joining(", "));
    }

    private static String summary(ScanResult result) {
        var s = result.summary();
        String skipped = s.skipped().entrySet().stream().filter(e -> e.getValue() > 0)
                .map((Map.Entry<SkipReason, Integer> e) -> e.getValue() + " " + e.getKey().jsonName())
                .collect(Collectors.joining(", "));
        return s.files() + " files analysed, " + s.errors() + " errors, " + s.unknown() + " unknown, "
                + s.mismatches() + " mismatches, " + s.review() + " to review; skipped: "
                + (skipped.isEmpty() ? "none" : skipped);
    }




    /** Escapes control characters, so a name holding a newline cannot forge a line of the report. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

}
