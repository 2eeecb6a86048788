package org.licenselens.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.licenselens.index.Reference;

/**
 * Merges identical matches of one text into one entry with their count and line ranges: a file of 100,000
 * identical {@code SPDX-License-Identifier} lines is one entry per license, not 100,000. Identical means the same
 * matcher, kind, expression, reference, score and coverage, with no differences of its own: two near copies that
 * differ differently stay apart.
 */
final class MatchMerger {
    private MatchMerger() {}

    private record Identity(Matcher matcher, MatchKind kind, String expression, int reference, double score,
                            double coverage, int matchedLength, String problem) {
        static Identity of(LicenseMatch m) {
            Reference ref = m.reference();
            return new Identity(m.matcher(), m.kind(), m.expression(), ref == null ? -1 : ref.id(), m.score(),
                    m.coverage(), m.matchedLength(), m.problem());
        }
    }

    /** One kind of occurrence: its first match, how many there are, and their lines, adjacent ones joined. */
    private static final class Occurrences {
        private final LicenseMatch first;
        private final List<LineRange> ranges = new ArrayList<>();
        private int count;

        Occurrences(LicenseMatch first) {
            this.first = first;
        }

        void add(LicenseMatch m) {
            count += m.count();
            for (LineRange range : m.lineRanges()) {
                LineRange last = ranges.isEmpty() ? null : ranges.getLast();
                if (last != null && range.startLine() <= last.endLine() + 1) {
                    ranges.set(ranges.size() - 1,
                            new LineRange(last.startLine(), Math.max(last.endLine(), range.endLine())));
                } else {
                    ranges.add(range);
                }
            }
        }

        LicenseMatch merged() {
            return count == 1 ? first : first.withOccurrences(count, ranges);
        }
    }

    /** Returns {@code matches} (sorted by position) with identical ones merged, in order of first occurrence. */
    static List<LicenseMatch> merge(List<LicenseMatch> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        Map<Object, Occurrences> byIdentity = new LinkedHashMap<>();
        for (LicenseMatch m : matches) {
            // A match with differences of its own is never identical to another: it is kept alone.
            Object identity = m.differences().isEmpty() ? Identity.of(m) : new Object();
            byIdentity.computeIfAbsent(identity, k -> new Occurrences(m)).add(m);
        }
        List<LicenseMatch> merged = new ArrayList<>(byIdentity.size());
        for (Occurrences o : byIdentity.values()) {
            merged.add(o.merged());
        }
        return merged;
    }
}
