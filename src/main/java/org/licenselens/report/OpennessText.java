package org.licenselens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.licenselens.openness.ClassCheck;
import org.licenselens.openness.Component;
import org.licenselens.openness.ComponentFinding;
import org.licenselens.openness.ComponentLicense;
import org.licenselens.openness.Evidence;
import org.licenselens.openness.LicenseGap;
import org.licenselens.openness.LicenseKind;
import org.licenselens.openness.OsaidCheck;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.openness.Term;

/**
 * The release-openness part of the scan's text report, within 100 columns: the summary line, the MOF classes with
 * what each lacks, OSAID 1.0 part by part, each distinct license once with its clauses, then the components.
 */
public final class OpennessText {
    /** How many files a component lists before it counts the rest; the JSON report has them all. */
    static final int FILES_SHOWN = 4;

    private OpennessText() {}

    /** Writes the openness of one release. */
    public static void write(Writer out, ReportContext context, ReleaseOpenness openness) throws IOException {
        List<String> lines = new ArrayList<>();
        lines(lines, context, openness);
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }

    static void lines(List<String> lines, ReportContext context, ReleaseOpenness r) {
        Map<String, Integer> numbers = licenseNumbers(r);
        lines.add("");
        lines.add("release openness (MOF 1.0 and OSAID 1.0; what the files show, see README):");
        TextLayout.hanging(lines, "  summary: ", ScanTextReport.printable(r.summary()), "           ");
        lines.add("  MOF: " + r.mofClass().title());
        // Each class asks for all the lower one does: a gap is shown at the first class it keeps the release from.
        Set<Component> shownMissing = EnumSet.noneOf(Component.class);
        Set<String> shownGaps = new HashSet<>();
        Set<Component> shownDeclared = EnumSet.noneOf(Component.class);
        for (ClassCheck c : r.classes()) {
            lines.add("    " + c.mofClass().title() + ": " + (c.reached() ? "reached" : "not reached")
                    + (c.mofClass().ordinal() > 1 && !c.reached() ? " (and what the class below lacks)" : ""));
            List<Component> missing = c.missing().stream().filter(shownMissing::add).toList();
            if (!missing.isEmpty()) {
                TextLayout.hanging(lines, "      missing: ", names(missing), "               ");
            }
            for (LicenseGap g : c.failing()) {
                if (shownGaps.add(g.component() + "|" + id(g.license()))) {
                    TextLayout.hanging(lines, "      license [" + numbers.get(id(g.license())) + "]: ",
                            ScanTextReport.printable(g.reason()), "          ");
                }
            }
            List<Component> declared = c.declaredOnly().stream().filter(shownDeclared::add).toList();
            if (!declared.isEmpty()) {
                TextLayout.hanging(lines, "      declared, not verified: ", names(declared), "          ");
            }
        }
        lines.add("  OSAID 1.0: " + (r.osaidConformant() ? "conformant" : "not conformant"));
        for (OsaidCheck.Part p : r.osaid().parts()) {
            TextLayout.hanging(lines, "    " + p.part().title() + ": ", (p.met() ? "met: " : "not met: ")
                    + ScanTextReport.printable(p.reason()), "        ");
        }
        if (!numbers.isEmpty()) {
            lines.add("  licenses:");
            for (ComponentLicense l : distinct(r).values()) {
                license(lines, context, numbers.get(id(l)), l);
            }
        }
        lines.add("  components (" + r.components().size() + " of " + Component.values().length + " MOF):");
        for (ComponentFinding f : r.components()) {
            String licenses = f.licenses().stream().map(l -> "[" + numbers.get(id(l)) + "]")
                    .collect(Collectors.joining(" "));
            TextLayout.hanging(lines, "    ", name(f.component()) + ": " + f.presence().jsonName() + ", by "
                    + f.recognition().jsonName() + ", license " + licenses, "      ");
            List<String> shown = f.evidence().stream().limit(FILES_SHOWN)
                    .map(e -> ScanTextReport.printable(e.location() + (e.line() > 0 ? " (" + e.note() + ")" : "")))
                    .toList();
            String more = f.evidence().size() > FILES_SHOWN ? ", +" + (f.evidence().size() - FILES_SHOWN) + " more"
                    : "";
            TextLayout.hanging(lines, "      ", String.join(", ", shown) + more, "        ");
        }
        for (Evidence e : r.unreadable()) {
            TextLayout.hanging(lines, "  unreadable: ", ScanTextReport.printable(e.path() + ": " + e.note()), "    ");
        }
    }

    private static void license(List<String> lines, ReportContext context, int number, ComponentLicense l) {
        String where = l.evidence() == null ? "" : " from " + l.evidence().location();
        String kinds = l.kinds().isEmpty() ? "no open kind: " + l.why()
                : l.kinds().stream().sorted().map(LicenseKind::jsonName).collect(Collectors.joining(", "));
        TextLayout.hanging(lines, "    [" + number + "] ", ScanTextReport.printable(l.name()
                + (l.expression().isEmpty() ? "" : " (" + context.spdxExpression(l.expression()) + ")")
                + " " + l.source().jsonName() + where + "; " + kinds), "        ");
        for (Term t : l.terms()) {
            TextLayout.hanging(lines, "        " + t.type().jsonName() + " ", ScanTextReport.printable(t.path() + ":"
                    + t.startLine() + "-" + t.endLine() + ": " + Excerpts.clip(Excerpts.oneLine(t.text()), 160,
                    "...")), "          ");
        }
    }

    /** Each distinct license of the release, in component order. */
    static Map<String, ComponentLicense> distinct(ReleaseOpenness r) {
        Map<String, ComponentLicense> distinct = new LinkedHashMap<>();
        for (ComponentFinding f : r.components()) {
            for (ComponentLicense l : f.licenses()) {
                distinct.putIfAbsent(id(l), l);
            }
        }
        return distinct;
    }

    static Map<String, Integer> licenseNumbers(ReleaseOpenness r) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : distinct(r).keySet()) {
            numbers.put(id, numbers.size() + 1);
        }
        return numbers;
    }

    static String id(ComponentLicense l) {
        return l.expression() + "|" + l.source() + "|" + (l.evidence() == null ? "" : l.evidence().location());
    }

    static String name(Component c) {
        return c.jsonName().replace('-', ' ');
    }

    private static String names(List<Component> components) {
        return components.stream().map(OpennessText::name).collect(Collectors.joining(", "));
    }
}
