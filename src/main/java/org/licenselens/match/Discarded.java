package org.licenselens.match;

/**
 * A candidate the detector dropped, with the reason: identical drops (same reference, same reason) are kept
 * once, with their number, so that a file of 100,000 repeated lines yields one entry.
 *
 * @param reason     why it was dropped
 * @param expression ScanCode expression of the candidate
 * @param rule       the reference it came from (license key or rule identifier), or {@code null} for an
 *                   identifier line
 * @param kind       how it would have been reported
 * @param startLine  1-based first line of its first occurrence
 * @param endLine    1-based last line of its first occurrence
 * @param score      its score, 0..1 (0 when it was never aligned)
 * @param coverage   its coverage, 0..1 (for {@link DiscardReason#TOO_FEW_TERMS}: the share of its terms present)
 * @param detail     what it lost to or which threshold it missed, for a person; may be empty
 * @param count      how many identical drops this entry stands for, at least 1
 */
public record Discarded(DiscardReason reason, String expression, String rule, MatchKind kind, int startLine,
                        int endLine, double score, double coverage, String detail, int count) {
    public Discarded {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        if (reason == null || expression == null || detail == null) {
            throw new IllegalArgumentException("reason, expression and detail are required");
        }
    }

    /** Returns this entry standing for {@code more} further identical drops. */
    Discarded plus(int more) {
        return new Discarded(reason, expression, rule, kind, startLine, endLine, score, coverage, detail, count + more);
    }
}
