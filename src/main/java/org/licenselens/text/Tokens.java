package org.licenselens.text;

import java.util.Arrays;

/**
 * Normalized terms of a text, each with the character span it came from in the original text.
 *
 * <p>Arrays are owned by this value: callers must not modify them.
 *
 * @param terms        normalized terms, in text order
 * @param startOffsets start offset (inclusive) of each term in the original text
 * @param endOffsets   end offset (exclusive) of each term in the original text
 */
public record Tokens(String[] terms, int[] startOffsets, int[] endOffsets) {
    public Tokens {
        if (terms.length != startOffsets.length || terms.length != endOffsets.length) {
            throw new IllegalArgumentException("terms and offsets differ in length: " + terms.length + ", "
                    + startOffsets.length + ", " + endOffsets.length);
        }
    }

    /** No terms at all. */
    public static final Tokens EMPTY = new Tokens(new String[0], new int[0], new int[0]);

    /** Returns the number of terms. */
    public int size() {
        return terms.length;
    }

    /** Returns the term at {@code index}. */
    public String term(int index) {
        return terms[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tokens t && Arrays.equals(terms, t.terms) && Arrays.equals(startOffsets, t.startOffsets)
                && Arrays.equals(endOffsets, t.endOffsets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(startOffsets);
    }

    @Override
    public String toString() {
        return "Tokens" + Arrays.toString(terms);
    }
}
