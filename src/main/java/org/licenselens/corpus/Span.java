package org.licenselens.corpus;

/**
 * A half-open character range {@code [start, end)} of a text.
 *
 * @param start offset of the first character, inclusive
 * @param end   offset after the last character, exclusive
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Returns the number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Returns the covered part of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
