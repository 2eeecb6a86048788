package org.licenselens.match;

/**
 * One place where a {@code near} match departs from its reference text.
 *
 * @param startLine 1-based first line of the query involved (the line where text is missing, for deletions)
 * @param endLine   1-based last line of the query involved
 * @param removed   normalized reference words the query lacks; empty for an insertion
 * @param added     the query's own text that the reference lacks, as written; empty for a deletion
 */
public record Difference(int startLine, int endLine, String removed, String added) {
    public Difference {
        if (endLine < startLine) {
            throw new IllegalArgumentException("difference ends before it starts: " + startLine + ".." + endLine);
        }
    }
}
