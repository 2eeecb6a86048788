package org.licenselens.index;

import java.util.List;

/**
 * One known text that queries are matched against: a LicenseDB license or a ScanCode rule, as term ids.
 *
 * @param id              position in {@link LicenseIndex#references()}
 * @param identifier      license key for licenses, rule file name (without {@code .RULE}) for rules
 * @param expression      the ScanCode license expression this text stands for; empty for false positives
 * @param kind            license or rule kind
 * @param relevance       ScanCode relevance, 0..100
 * @param falsePositive   a matched false-positive rule hides its span from every other matcher
 * @param minimumCoverage share of this text (0..100) an approximate match must cover; 0 when unset
 * @param ids             term ids of the normalized text
 * @param titleLength     number of leading terms forming the license title, which a query may omit
 * @param requiredRanges  term ranges {@code [start, end)} that every match must contain (the {@code {{…}}} phrases)
 */
public record Reference(int id, String identifier, String expression, ReferenceKind kind, int relevance,
                        boolean falsePositive, int minimumCoverage, int[] ids, int titleLength,
                        List<int[]> requiredRanges) {
    public Reference {
        if (titleLength < 0 || titleLength > ids.length) {
            throw new IllegalArgumentException("title length " + titleLength + " outside 0.." + ids.length);
        }
        requiredRanges = List.copyOf(requiredRanges);
    }

    /** Returns the number of terms. */
    public int length() {
        return ids.length;
    }
}
