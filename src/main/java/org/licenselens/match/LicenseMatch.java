package org.licenselens.match;

import java.util.List;
import org.licenselens.index.Reference;

/**
 * One place in a query where a known license text, rule or identifier was found; or, merged, every place where
 * the same one was found identically.
 *
 * @param matcher       which matcher made it
 * @param kind          how the match relates to the known text
 * @param expression    ScanCode license expression of what was found
 * @param reference     the matched reference, or {@code null} for an SPDX identifier line
 * @param queryStart    first matched term of the query (of the first occurrence)
 * @param queryEnd      one past the last matched term of the query (of the first occurrence)
 * @param startLine     1-based first line (of the first occurrence)
 * @param endLine       1-based last line (of the first occurrence)
 * @param matchedLength number of reference terms found in the query
 * @param coverage      share of the reference (title excluded) found, 0..1
 * @param score         similarity of the matched span to the reference, weighted by the rule's relevance, 0..1
 * @param blocks        the aligned runs, in order; empty for identifier lines
 * @param differences   for a {@code near} match, where the query departs from the reference
 * @param count         how many identical occurrences this match stands for, at least 1
 * @param lineRanges    the lines of every occurrence, in order, adjacent ones joined; at least one
 * @param problem       for an identifier line that is not a valid SPDX expression, why; otherwise {@code null}
 */
public record LicenseMatch(Matcher matcher, MatchKind kind, String expression, Reference reference, int queryStart,
                           int queryEnd, int startLine, int endLine, int matchedLength, double coverage,
                           double score, List<Block> blocks, List<Difference> differences, int count,
                           List<LineRange> lineRanges, String problem) {
    public LicenseMatch {
        if (queryEnd < queryStart) {
            throw new IllegalArgumentException("match ends before it starts: " + queryStart + ".." + queryEnd);
        }
        if (coverage < 0 || coverage > 1 || score < 0 || score > 1) {
            throw new IllegalArgumentException("coverage and score must be in 0..1: " + coverage + ", " + score);
        }
        if (count < 1 || lineRanges.isEmpty()) {
            throw new IllegalArgumentException("a match occurs at least once: count " + count + ", " + lineRanges);
        }
        blocks = List.copyOf(blocks);
        differences = List.copyOf(differences);
        lineRanges = List.copyOf(lineRanges);
    }

    /** A match found once, at {@code startLine..endLine}. */
    public LicenseMatch(Matcher matcher, MatchKind kind, String expression, Reference reference, int queryStart,
                        int queryEnd, int startLine, int endLine, int matchedLength, double coverage, double score,
                        List<Block> blocks, List<Difference> differences) {
        this(matcher, kind, expression, reference, queryStart, queryEnd, startLine, endLine, matchedLength, coverage,
                score, blocks, differences, 1, List.of(new LineRange(startLine, endLine)), null);
    }

    /** Returns this match with its differences from the reference set. */
    public LicenseMatch withDifferences(List<Difference> found) {
        return new LicenseMatch(matcher, kind, expression, reference, queryStart, queryEnd, startLine, endLine,
                matchedLength, coverage, score, blocks, found, count, lineRanges, problem);
    }

    /** Returns this match without its aligned runs, which reports never show: a scan keeps 50,000 results. */
    public LicenseMatch withoutBlocks() {
        return new LicenseMatch(matcher, kind, expression, reference, queryStart, queryEnd, startLine, endLine,
                matchedLength, coverage, score, List.of(), differences, count, lineRanges, problem);
    }

    /** Returns this match standing for {@code total} occurrences at {@code ranges}. */
    LicenseMatch withOccurrences(int total, List<LineRange> ranges) {
        return new LicenseMatch(matcher, kind, expression, reference, queryStart, queryEnd, startLine, endLine,
                matchedLength, coverage, score, blocks, differences, total, ranges, problem);
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
