package org.licenselens.match;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.licenselens.index.Reference;
import org.licenselens.index.TermDictionary;

/**
 * Computes what a modified license text changed, word by word, for {@code --diff}: against the LicenseDB text of
 * the matched license, which is the text the reviewer knows, in its own case and punctuation. Only when that text
 * explains the input far worse than the matched rule (a short notice rule, say) are the rule's terms used.
 */
final class Differences {
    private static final int MAX_TEXT = 400;
    /** A removal this long that the input holds elsewhere is text moved, not removed. */
    private static final int MOVED_TERMS = 3;

    private Differences() {}

    /** One delta: {@code [from, to)} of the reference's terms replaced by {@code [qFrom, qTo)} of the query's. */
    private record Delta(int from, int to, int qFrom, int qTo) {
        int changed() {
            return (to - from) + (qTo - qFrom);
        }
    }

    static List<Difference> of(Query query, LicenseMatch match, TermDictionary dictionary, LicenseTexts texts) {
        Optional<LicenseTexts.Known> known = match.keys().size() == 1 ? texts.get(match.keys().getFirst())
                : Optional.empty();
        Reference ref = match.reference();
        List<Delta> byRule = deltas(query, match, ref.ids(), titled(match, ref.titleLength()));
        if (known.isPresent()) {
            LicenseTexts.Known license = known.get();
            int start = leadingTitle(query, match, license);
            List<Delta> byLicense = deltas(query, match, license.ids(), start);
            if (changed(byLicense) <= 2 * changed(byRule) + 10) {
                return render(query, match, byLicense, license);
            }
        }
        return renderTerms(query, match, byRule, ref, dictionary);
    }

    private static int titled(LicenseMatch match, int titleLength) {
        return match.blocks().getFirst().reference() < titleLength ? 0 : titleLength;
    }

    /** The license's title is skipped when the input does not start with it (most copies drop "The MIT License"). */
    private static int leadingTitle(Query query, LicenseMatch match, LicenseTexts.Known license) {
        int n = license.titleLength();
        if (n == 0 || match.queryEnd() - match.queryStart() < n) {
            return n;
        }
        int[] q = query.ids();
        for (int i = 0; i < n; i++) {
            if (q[match.queryStart() + i] != license.ids()[i]) {
                return n;
            }
        }
        return 0;
    }

    private static List<Delta> deltas(Query query, LicenseMatch match, int[] reference, int from) {
        List<Integer> expected = Arrays.stream(reference, from, reference.length).boxed().toList();
        List<Integer> actual = Arrays.stream(query.ids(), match.queryStart(), match.queryEnd()).boxed().toList();
        List<Delta> deltas = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(expected, actual).getDeltas()) {
            int rFrom = from + d.getSource().getPosition();
            int qFrom = match.queryStart() + d.getTarget().getPosition();
            Delta delta = new Delta(rFrom, rFrom + d.getSource().size(), qFrom, qFrom + d.getTarget().size());
            if (delta.to() - delta.from() >= MOVED_TERMS && holds(query.ids(), reference, delta.from(), delta.to())) {
                // The input has these words elsewhere (a paragraph moved, or outside the matched lines): showing
                // them as removed would send the reviewer looking for a change that is not there.
                delta = new Delta(delta.to(), delta.to(), delta.qFrom(), delta.qTo());
            }
            if (delta.changed() > 0) {
                deltas.add(delta);
            }
        }
        return deltas;
    }

    /** Whether {@code haystack} holds {@code needle[from, to)} as a run. */
    private static boolean holds(int[] haystack, int[] needle, int from, int to) {
        int n = to - from;
        outer:
        for (int i = 0; i + n <= haystack.length; i++) {
            for (int j = 0; j < n; j++) {
                if (haystack[i + j] != needle[from + j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int changed(List<Delta> deltas) {
        return deltas.stream().mapToInt(Delta::changed).sum();
    }

    private static List<Difference> render(Query query, LicenseMatch match, List<Delta> deltas, LicenseTexts.Known license) {
        List<Difference> differences = new ArrayList<>();
        for (Delta d : deltas) {
            String removed = "";
            int refStart;
            int refEnd;
            if (d.to() > d.from()) {
                removed = license.text().substring(license.tokens().startOffsets()[d.from()],
                        license.tokens().endOffsets()[d.to() - 1]);
                refStart = license.lines().lineOf(license.tokens().startOffsets()[d.from()]);
                refEnd = license.lines().lineOf(license.tokens().startOffsets()[d.to() - 1]);
            } else {
                int at = Math.min(d.from(), license.ids().length - 1);
                refStart = license.lines().lineOf(license.tokens().startOffsets()[at]);
                refEnd = refStart;
            }
            differences.add(added(query, match, d, clip(removed), refStart, refEnd));
        }
        return differences;
    }

    private static List<Difference> renderTerms(Query query, LicenseMatch match, List<Delta> deltas, Reference ref,
            TermDictionary dictionary) {
        List<Difference> differences = new ArrayList<>();
        for (Delta d : deltas) {
            StringBuilder removed = new StringBuilder();
            for (int i = d.from(); i < d.to(); i++) {
                removed.append(removed.isEmpty() ? "" : " ").append(dictionary.term(ref.ids()[i]));
            }
            differences.add(added(query, match, d, clip(removed.toString()), 0, 0));
        }
        return differences;
    }

    /** The difference with the query's side filled in: its words as written, or the line where words are missing. */
    private static Difference added(Query query, LicenseMatch match, Delta d, String removed, int refStart,
            int refEnd) {
        if (d.qTo() > d.qFrom()) {
            int from = query.tokens().startOffsets()[d.qFrom()];
            int to = query.tokens().endOffsets()[d.qTo() - 1];
            return new Difference(query.lineOfToken(d.qFrom()), query.lineOfToken(d.qTo() - 1), removed,
                    clip(query.text().substring(from, to)), refStart, refEnd);
        }
        int line = query.lineOfToken(Math.min(d.qFrom(), match.queryEnd() - 1));
        return new Difference(line, line, removed, "", refStart, refEnd);
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }
}
