package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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

/**
 * Writes a comparison for a terminal, every line at most {@link #WIDTH} columns: the licenses, the flag matrix,
 * the evidence of each flagged cell, then the clauses aligned with their differences marked wdiff-style
 * ({@code [-removed-]} and <code>{+added+}</code>).
 *
 * <p>Licenses are lettered A, B, C... in argument order. Control characters in license texts and names are shown
 * as U+FFFD so that a hostile text cannot drive the terminal.
 */
public final class ComparisonTextReport {
    /** The widest line written. */
    public static final int WIDTH = 100;
    private static final int LABEL = 23;
    private static final int GAP = 2;
    private static final String INDENT = "    ";

    private ComparisonTextReport() {}

    /** Writes {@code comparison} to {@code out}, every clause row included, and flushes it; {@code out} stays open. */
    public static void write(Writer out, LicenseComparison comparison) throws IOException {
        write(out, comparison, false);
    }

    /**
     * Writes {@code comparison} to {@code out} and flushes it; {@code out} stays open. With {@code changesOnly}, clause
     * rows whose words are the same in every license are counted, not shown.
     */
    public static void write(Writer out, LicenseComparison comparison, boolean changesOnly) throws IOException {
        List<String> lines = new ArrayList<>();
        licenses(lines, comparison.documents());
        lines.add("");
        wrap(lines, "SUMMARY  ", comparison.summary(), "         ");
        lines.add("");
        matrix(lines, comparison);
        lines.add("");
        evidence(lines, comparison);
        clauses(lines, comparison, changesOnly);
        for (String line : lines) {
            out.write(line.stripTrailing());
            out.write('\n');
        }
        out.flush();
    }

    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "L" + (index + 1);
    }

    private static void licenses(List<String> lines, List<LicenseDocument> documents) {
        lines.add("LICENSES");
        for (int d = 0; d < documents.size(); d++) {
            LicenseDocument doc = documents.get(d);
            String what = doc.key() == null ? "(not identified)" : doc.key()
                    + (doc.title() == null ? "" : ": " + doc.title());
            wrap(lines, "  " + letter(d) + "  ", safe(doc.name()) + " (" + doc.origin().jsonName() + ") = "
                    + safe(what), "      ");
        }
    }

    private static void matrix(List<String> lines, LicenseComparison comparison) {
        int n = comparison.documents().size();
        int column = Math.max(8, (WIDTH - LABEL - GAP * n) / n);
        List<List<String>> header = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            header.add(wrap(letter(d) + " " + safe(comparison.documents().get(d).name()), column));
        }
        table(lines, List.of("FLAG"), header, column);
        for (MatrixRow row : comparison.matrix()) {
            List<List<String>> cells = new ArrayList<>();
            for (MatrixCell cell : row.cells()) {
                List<String> text = new ArrayList<>(wrap(cell.value(), column));
                String refs = references(cell.evidence());
                if (!refs.isEmpty()) {
                    text.addAll(wrap(refs, column));
                }
                cells.add(text);
            }
            List<String> label = new ArrayList<>(wrap(row.label(), LABEL - 2));
            label.replaceAll(l -> "  " + l);
            if (row.differs()) {
                label.set(0, "*" + label.getFirst().substring(1));
            }
            table(lines, label, cells, column);
        }
        lines.add("(* the licenses differ on this row; §: the section of the evidence, l.: its line)");
    }

    private static void table(List<String> lines, List<String> label, List<List<String>> cells, int column) {
        int height = label.size();
        for (List<String> cell : cells) {
            height = Math.max(height, cell.size());
        }
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder(pad(i < label.size() ? label.get(i) : "", LABEL));
            for (List<String> cell : cells) {
                line.append(" ".repeat(GAP)).append(pad(i < cell.size() ? cell.get(i) : "", column));
            }
            lines.add(line.toString());
        }
    }

    private static String references(List<Evidence> evidence) {
        List<String> refs = new ArrayList<>();
        for (Evidence e : evidence) {
            String ref = e.section() != null ? "§" + safe(e.section()) : "l." + e.startLine();
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
        }
        return String.join(", ", refs);
    }

    private static void evidence(List<String> lines, LicenseComparison comparison) {
        lines.add("EVIDENCE");
        for (MatrixRow row : comparison.matrix()) {
            if (row.id().equals("osd")) {
                continue;
            }
            boolean any = row.cells().stream().anyMatch(c -> !c.evidence().isEmpty());
            if (!any) {
                continue;
            }
            lines.add(row.label());
            for (int d = 0; d < row.cells().size(); d++) {
                for (Evidence e : row.cells().get(d).evidence()) {
                    String where = letter(d) + " " + (e.section() != null ? "§" + safe(e.section()) + " " : "")
                            + lineRange(e.startLine(), e.endLine()) + ": ";
                    wrap(lines, "  " + where, safe(e.text()), INDENT + "  ");
                }
            }
        }
        lines.add("");
    }

    private static void clauses(List<String> lines, LicenseComparison comparison, boolean changesOnly) {
        int n = comparison.documents().size();
        lines.add("CLAUSES, aligned: = same in all, ~ changed, + only in one license"
                + (n > 2 ? ", & in some only" : "") + ";");
        lines.add("differences against the first license that has the clause: [-removed-] {+added+}");
        long hidden = changesOnly ? comparison.clauseRows(AlignedRow.Status.SAME) : 0;
        if (hidden > 0) {
            lines.add("(" + hidden + " clause rows the same in all licenses are not shown: --no-changes-only shows "
                    + "them)");
        }
        for (AlignedRow row : comparison.clauses()) {
            if (changesOnly && row.status() == AlignedRow.Status.SAME) {
                continue;
            }
            lines.add("");
            boolean sameWords = row.cells().stream().flatMap(Optional::stream).skip(1)
                    .allMatch(c -> c.diff().isEmpty());
            StringBuilder head = new StringBuilder(switch (row.status()) {
                case SAME -> "= same";
                case CHANGED -> "~ changed";
                case ONLY_IN -> "+ only in " + letter(row.presentIn().getFirst());
                case PARTIAL -> "& in " + String.join(",", row.presentIn().stream()
                        .map(ComparisonTextReport::letter).toList()) + " only" + (sameWords ? ", same words" : "");
            });
            List<String> places = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                Optional<AlignedClause> cell = row.cells().get(d);
                if (cell.isPresent()) {
                    AlignedClause c = cell.get();
                    places.add(letter(d) + " " + (c.section() != null ? "§" + safe(c.section()) + " " : "")
                            + lineRange(c.startLine(), c.endLine()));
                }
            }
            wrap(lines, head + "   ", String.join(" | ", places), INDENT);
            boolean first = true;
            for (int d = 0; d < n; d++) {
                Optional<AlignedClause> cell = row.cells().get(d);
                if (cell.isEmpty()) {
                    continue;
                }
                AlignedClause c = cell.get();
                if (first) {
                    String text = safe(c.text());
                    if (row.status() == AlignedRow.Status.SAME) {
                        lines.add(Excerpts.clip(INDENT + text, WIDTH, "\u2026"));
                    } else {
                        wrap(lines, INDENT + (row.status() == AlignedRow.Status.ONLY_IN ? "" : letter(d) + ": "),
                                text, INDENT + "   ");
                    }
                    first = false;
                } else if (!c.diff().isEmpty()) {
                    wrap(lines, INDENT + letter(d) + ": ", marked(c.diff()), INDENT + "   ");
                } else if (row.status() != AlignedRow.Status.SAME) {
                    lines.add(INDENT + letter(d) + ": (same words as " + letter(row.presentIn().getFirst()) + ")");
                }
            }
        }
    }

    private static String marked(List<DiffSegment> diff) {
        StringBuilder b = new StringBuilder();
        for (DiffSegment s : diff) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            String text = safe(s.text());
            b.append(switch (s.kind()) {
                case EQUAL -> text;
                case REMOVED -> "[-" + text + "-]";
                case ADDED -> "{+" + text + "+}";
            });
        }
        return b.toString();
    }

    private static String lineRange(int start, int end) {
        return start == end ? "l." + start : "l." + start + "-" + end;
    }

    /** Makes text one line of printable characters: white space runs become a space, controls U+FFFD. */
    static String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || bidi ? '\uFFFD' : c);
        }
        return b.toString();
    }

    /** Wraps {@code text} after {@code first}, continuing lines with {@code next}, within {@link #WIDTH}. */
    private static void wrap(List<String> lines, String first, String text, String next) {
        List<String> wrapped = wrap(text, WIDTH - Math.max(first.length(), next.length()));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add((i == 0 ? pad(first, Math.max(first.length(), next.length())) : next + " ".repeat(
                    Math.max(0, first.length() - next.length()))) + wrapped.get(i));
        }
        if (wrapped.isEmpty()) {
            lines.add(first);
        }
    }

    /** Breaks {@code text} into lines of at most {@code width} chars: the one wrapper all text reports use. */
    private static List<String> wrap(String text, int width) {
        return TextLayout.wrap(text, width);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
