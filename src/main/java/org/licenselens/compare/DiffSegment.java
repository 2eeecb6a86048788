package org.licenselens.compare;

import java.util.Objects;

/**
 * A run of words in a word-level difference: kept, removed from the reference clause, or added.
 *
 * @param kind what happened to the words
 * @param text the words, separated by single spaces
 */
public record DiffSegment(Kind kind, String text) {
    /** What happened to a run of words. */
    public enum Kind {
        EQUAL, REMOVED, ADDED;

        /** Returns the name used in JSON reports: {@code equal}, {@code removed}, {@code added}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a diff segment holds at least one word");
        }
    }
}
