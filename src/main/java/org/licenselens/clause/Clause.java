package org.licenselens.clause;

/**
 * One clause of a license text: a sentence-sized unit with its place in the original text.
 *
 * @param start     offset of the first char in the original text
 * @param end       offset after the last char
 * @param startLine 1-based line of {@code start}
 * @param endLine   1-based line of the last char
 * @param text      the original text between {@code start} and {@code end}
 */
public record Clause(int start, int end, int startLine, int endLine, String text) {
    public Clause {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad clause span " + start + ".." + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("clause text does not match span " + start + ".." + end);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad clause lines " + startLine + ".." + endLine);
        }
    }
}
