package org.licenselens.match;

import java.util.List;
import org.licenselens.index.Reference;

/**
 * One place in a query where a known license text, rule or identifier was found.
 *
 * @param matcher       which matcher made it ({@code exact}, {@code aligned}, {@code spdx-identifier})
 * @param kind          how the match relates to the known text
 * @param expression    ScanCode license expression of what was found
 * @param reference     the matched reference, or {@code null} for an SPDX identifier line
 * @param queryStart    first matched term of the query
 * @param queryEnd      one past the last matched term of the query
 * @param startLine     1-based first line
 * @param endLine       1-based last line
 * @param matchedLength number of reference terms found in the query
 * @param coverage      share of the reference (title excluded) found, 0..1
 * @param score         similarity of the matched span to the reference, weighted by the rule's relevance, 0..1
 * @param blocks        the aligned runs, in order; empty for identifier lines
 * @param differences   for a {@code near} match, where the query departs from the reference
 */
public record LicenseMatch(String matcher, MatchKind kind, String expression, Reference reference, int queryStart,
                           int queryEnd, int startLine, int endLine, int matchedLength, double coverage,
                           double score, List<Block> blocks,
                           List<Difference> differences) {
    public LicenseMatch {
        if (queryEnd < queryStart) {
            throw new IllegalArgumentException("match ends before it starts: " + queryStart + ".." + queryEnd);
        }
        if (coverage < 0 || coverage > 1 || score < 0 || score > 1) {
            throw new IllegalArgumentException("coverage and score must be in 0..1: " + coverage + ", " + score);
        }
        blocks = List.copyOf(blocks);
        differences = List.copyOf(differences);
    }

    /** Returns this match with its differences from the reference set. */
    public LicenseMatch withDifferences(List<Difference> found) {
        return new LicenseMatch(matcher, kind, expression, reference, queryStart, queryEnd, startLine, endLine,
                matchedLength, coverage, score, blocks, found);
    }

    /** Returns the license keys of the expression, operators dropped, in order of appearance. */
    public List<String> keys() {
        return LicenseExpressions.keys(expression);
    }

    /** Returns the number of query terms between the match's first and last matched term. */
    public int span() {
        return queryEnd - queryStart;
    }
}
