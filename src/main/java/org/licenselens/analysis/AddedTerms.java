package org.licenselens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.licenselens.clause.ClauseAnalysis;
import org.licenselens.clause.ClauseAnalyzer;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.clause.FlagType;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Difference;
import org.licenselens.match.LicenseMatch;

/**
 * Judges a near match on the words it adds to its license. "MIT, with some restrictions" is not MIT: the license's
 * openness was judged for its own text, so restrictive words added to it are a restriction the classifier may not
 * see (they name no field of use), and the text must not be reported as Open Source on the license's merit.
 */
final class AddedTerms {
    /** Words that restrict, limit or forbid: an added sentence with one of them takes something away. */
    private static final Pattern RESTRICTIVE = Pattern.compile("\\b(?:restrict\\w*|prohibit\\w*|forbid\\w*"
            + "|limitations? (?:on|of) (?:use|the use)|non-?commercial\\w*|(?:may|must|shall) not|solely|only for)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Flag value naming the license the words were added to, so every report says where the flag came from. */
    static final String ADDED_TO = "addedTo";

    private AddedTerms() {
    }

    /**
     * Adds a {@code use-restriction} flag for each added passage of {@code near} with restrictive words that no
     * OSD-breaking flag already covers, and judges openness again; returns {@code analysis} itself when there is
     * none.
     */
    static ClauseAnalysis judge(ClauseAnalysis analysis, String text, LicenseMatch near, LicenseInfo license,
            List<ClauseAnalyzer.LineRange> approved) {
        List<ClauseFlag> added = new ArrayList<>();
        for (Difference d : near.differences()) {
            if (!RESTRICTIVE.matcher(d.added()).find() || covered(analysis, d)) {
                continue;
            }
            added.add(new ClauseFlag(FlagType.USE_RESTRICTION, lines(text, d.startLine(), d.endLine()), d.startLine(),
                    d.endLine(), 1.0, Map.of(ADDED_TO, license.spdx(), "added", d.added().strip())));
        }
        if (added.isEmpty()) {
            return analysis;
        }
        List<ClauseFlag> flags = new ArrayList<>(analysis.flags());
        flags.addAll(added);
        flags.sort(Comparator.comparingInt(ClauseFlag::startLine));
        return ClauseAnalyzer.judge(flags, license.category(), license.osiApproved(), approved);
    }

    private static boolean covered(ClauseAnalysis analysis, Difference d) {
        return analysis.openness().violations().stream()
                .anyMatch(v -> v.startLine() <= d.endLine() && v.endLine() >= d.startLine());
    }

    /** Lines {@code first..last} of {@code text}, the evidence a reviewer reads. */
    private static String lines(String text, int first, int last) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.min(first - 1, all.size()), Math.min(last, all.size()))).strip();
    }
}
