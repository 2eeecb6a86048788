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
        List<String> lines = new ArrayList<>();
        lines.add("");
        expression(lines, "repository license: ", context, result.expression(), result);
        expression(lines, "declared license:   ", context, result.declaredExpression(), null);
        if (!result.declared().isEmpty()) {
            lines.add("");
            lines.add("declared:");
            for (Declaration d : result.declared()) {
                TextLayout.hanging(lines, "  " + printable(d.path()) + ":" + d.line() + "  ", d.source() + " "
                        + d.field() + " = " + printable(d.value()) + " -> "
                        + Excerpts.orNone(context.spdxExpression(d.expression()))
                        + (d.linkedFile() != null ? " (from " + printable(d.linkedFile()) + ")" : "")
                        + (d.problem() != null ? "  [" + d.problem() + "]" : ""), "      ");
            }
        }
        if (!result.mismatches().isEmpty()) {
            lines.add("");
            lines.add("mismatches (declared vs detected):");
            for (Mismatch m : result.mismatches()) {
                TextLayout.hanging(lines, "  ", mismatch(context, m), "    ");
            }
        }
        LineageText.write(out, context, result.lineage());
        if (!result.flags().isEmpty()) {
            lines.add("");
            lines.add("clause flags:");
            for (FlagUse use : result.flags()) {
                TextLayout.hanging(lines, "  " + use.type().jsonName() + ": ", sites(use.sites()), "      ");
            }
        }
        if (!result.skipped().isEmpty()) {
            lines.add("");
            lines.add("skipped:");
            for (Skipped s : result.skipped()) {
                TextLayout.hanging(lines, "  ", printable(s.path()) + "  " + s.reason().jsonName()
                        + (s.detail() == null ? "" : " " + printable(s.detail())), "    ");
            }
        }
        if (!review) {
            PolicyText.section(lines, context);
        }
        lines.add("");
        TextLayout.hanging(lines, "", summary(result), "  ");
        for (String line : lines) {
            out.write(line.stripTrailing() + "\n");
        }
        if (review) {
            writeReview(out, context, result);
        }
        out.flush();
    }

    /**
     * Writes an expression on its line when it fits, else one license per line; with {@code scan}, each with the
     * number of files that hold it, so a long AND of vendored licenses reads as a list.
     */
    private static void expression(List<String> lines, String label, ReportContext context, String expression,
            ScanResult scan) {
        String spdx = Excerpts.orNone(context.spdxExpression(expression));
        if (label.length() + spdx.length() <= TextLayout.WIDTH || expression == null || expression.contains("(")) {
            TextLayout.hanging(lines, label, spdx, " ".repeat(label.length()));
            return;
        }
        List<String> terms = java.util.Arrays.stream(expression.split(" AND ")).distinct().toList();
        lines.add(label.strip() + " " + terms.size() + " licenses, all apply (AND):");
        for (String term : terms) {
            String count = "";
            if (scan != null) {
                long files = scan.files().stream().filter(f -> !f.result().failed()
                        && f.result().detection().matches().stream().anyMatch(m -> m.expression().equals(term)))
                        .count();
                count = files == 0 ? "" : "  (" + files + " file" + (files == 1 ? "" : "s") + ")";
            }
            TextLayout.hanging(lines, "  ", context.spdxExpression(term) + count, "    ");
        }
    }

    /**
     * The places a flag type is found, each once: a clause as {@code path:line}, an acceptable-use policy as its
     * path and item count.
     */
    private static String sites(List<FlagSite> sites) {
        Map<String, List<org.licenselens.clause.ClauseFlag>> byPath = new java.util.LinkedHashMap<>();
        for (FlagSite s : sites) {
            byPath.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s.flag());
        }
        List<String> places = new ArrayList<>();
        byPath.forEach((path, flags) -> {
            for (Findings.Finding f : Findings.of(flags)) {
                places.add(printable(path) + ":" + switch (f) {
                    case Findings.Clause c -> String.valueOf(c.startLine());
                    case Findings.Policy p -> p.startLine() + "-" + p.endLine() + " (" + p.summary() + ")";
                });
            }
        });
        return String.join(", ", places.stream().distinct().toList());
    }

    /** Writes the review queue only. */
    public static void writeReview(Writer out, ReportContext context, ScanResult result) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("review queue (" + plural(result.review().size(), "item") + ", most pressing first):");
        for (ReviewItem item : result.review()) {
            lines.add("");
            TextLayout.hanging(lines, String.format(Locale.ROOT, "%3d. ", item.rank()), "[" + item.kind().jsonName()
                    + "] " + printable(item.path()) + ":" + item.startLine() + "-" + item.endLine(), "     ");
            lines.add("     id: " + item.id());
            String status = PolicyText.status(context, item).strip();
            if (!status.isEmpty()) {
                TextLayout.hanging(lines, "     ", status, "       ");
            }
            TextLayout.hanging(lines, "     why: ", printable(item.reason()), "          ");
            if (!item.closest().isEmpty()) {
                TextLayout.hanging(lines, "     closest: ", item.closest().stream()
                        .map(c -> context.spdxExpression(c.key()) + String.format(Locale.ROOT, " %.3f", c.similarity()))
                        .collect(Collectors.joining(", ")), "          ");
            }
            for (Difference d : item.diff()) {
                lines.add("     line " + d.startLine() + (d.endLine() != d.startLine() ? "-" + d.endLine() : "") + ":");
                if (!d.removed().isBlank()) {
                    TextLayout.hanging(lines, "       - ", Excerpts.oneLine(d.removed()), "         ");
                }
                if (!d.added().isBlank()) {
                    TextLayout.hanging(lines, "       + ", Excerpts.oneLine(d.added()), "         ");
                }
            }
            Map<String, List<org.licenselens.clause.ClauseFlag>> byPath = new java.util.LinkedHashMap<>();
            for (FlagSite site : item.flags()) {
                byPath.computeIfAbsent(site.path(), k -> new ArrayList<>()).add(site.flag());
            }
            for (List<org.licenselens.clause.ClauseFlag> flags : byPath.values()) {
                for (Findings.Finding f : Findings.of(flags)) {
                    switch (f) {
                        case Findings.Clause c -> {
                            String values = c.values().isEmpty() ? "" : " " + c.values();
                            lines.add("     flag " + c.type().jsonName() + values + " (lines " + c.startLine() + "-"
                                    + c.endLine() + "):");
                            TextLayout.hanging(lines, "       ", printable(c.text()), "       ");
                        }
                        case Findings.Policy p -> {
                            TextLayout.hanging(lines, "     flag " + p.type().jsonName() + " ", "(lines "
                                    + p.startLine() + "-" + p.endLine() + "): " + p.summary(), "       ");
                            if (!p.categories().isEmpty()) {
                                TextLayout.hanging(lines, "       categories: ", String.join("; ", p.categories()),
                                        "       ");
                            }
                        }
                    }
                }
            }
        }
        PolicyText.section(lines, context);
        for (String line : lines) {
            out.write(line.stripTrailing() + "\n");
        }
        out.flush();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("h") ? "es" : "s");
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
        return plural(s.files(), "file") + " analysed, " + plural(s.errors(), "error") + ", " + s.unknown()
                + " unknown, " + plural(s.mismatches(), "mismatch") + ", " + s.review() + " to review; skipped: "
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
