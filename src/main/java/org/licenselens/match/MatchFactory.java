package org.licenselens.match;

import java.util.List;
import org.licenselens.index.Reference;

/** Turns aligned runs into a {@link LicenseMatch}, computing coverage, score, kind and lines in one place. */
final class MatchFactory {
    private MatchFactory() {}

    static LicenseMatch of(Matcher matcher, Query query, Reference ref, List<Block> blocks) {
        int matched = 0;
        int matchedInTitle = 0;
        for (Block b : blocks) {
            matched += b.length();
            matchedInTitle += Math.max(0, Math.min(b.referenceEnd(), ref.titleLength()) - b.reference());
        }
        // A copy may drop the license title (SPDX matching guidelines), so an unmatched title costs nothing.
        int expected = ref.length() - ref.titleLength() + matchedInTitle;
        int queryStart = blocks.getFirst().query();
        int queryEnd = blocks.getLast().queryEnd();
        int span = queryEnd - queryStart;
        double coverage = Math.min(1.0, (double) matched / expected);
        double similarity = 2.0 * matched / (expected + span);
        double score = Math.min(1.0, similarity * ref.relevance() / 100.0);
        MatchKind kind = switch (ref.kind()) {
            case LICENSE, TEXT -> matched == expected && span == matched ? MatchKind.FULL : MatchKind.NEAR;
            case NOTICE -> MatchKind.NOTICE;
            case TAG -> MatchKind.TAG;
            case REFERENCE, INTRO, CLUE -> MatchKind.REFERENCE;
        };
        return new LicenseMatch(matcher, kind, ref.expression(), ref, queryStart, queryEnd,
                query.lineOfToken(queryStart), query.lineOfToken(queryEnd - 1), matched, coverage, score, blocks, List.of());
    }
}
