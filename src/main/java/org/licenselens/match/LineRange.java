package org.licenselens.match;

/**
 * A range of lines, 1-based and inclusive.
 *
 * @param startLine first line
 * @param endLine   last line, not before {@code startLine}
 */
public record LineRange(int startLine, int endLine) {
    public LineRange {
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + "-" + endLine);
        }
    }
}
