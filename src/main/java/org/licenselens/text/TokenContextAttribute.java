package org.licenselens.text;

import org.apache.lucene.util.Attribute;

/**
 * Layout context of a token: where it sits on its line and which characters surround it.
 *
 * <p>Filters use it to recognise layout-only tokens (list markers, comment words, copyright statement lines)
 * without a regex and without looking at the text again.
 */
public interface TokenContextAttribute extends Attribute {
    /** Returns whether no other token precedes this one on its line. */
    boolean isLineStart();

    /**
     * Returns whether the token opens a new unit of text: it is the first token of the text, follows a blank line
     * (a line without tokens) or follows one of {@code . : ; ) ! ?} without another token in between.
     */
    boolean isBoundary();

    /** Returns the nearest non-blank character before the token on its line, or {@code 0} if there is none. */
    char charBefore();

    /** Returns the character right after the token, or {@code 0} at the end of the text. */
    char charAfter();

    /** Returns the character after {@link #charAfter()}, or {@code 0} at the end of the text. */
    char charAfterNext();

    /** Sets all context values at once. */
    void setContext(boolean lineStart, boolean boundary, char before, char after, char afterNext);

    /** Marks the token as first on its line (used when a filter drops the token before it). */
    void setLineStart(boolean lineStart);
}
