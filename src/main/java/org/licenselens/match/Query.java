package org.licenselens.match;

import org.licenselens.text.LineMap;
import org.licenselens.index.TermDictionary;
import org.licenselens.text.TextNormalizer;
import org.licenselens.text.Tokens;

/**
 * A text being identified: its normalized terms, their ids in the index dictionary, and line numbers.
 *
 * @param text   the text as extracted
 * @param tokens normalized terms with their offsets in {@code text}
 * @param ids    dictionary ids of the terms, {@link TermDictionary#UNKNOWN} for terms no known text has
 * @param lines  line map of {@code text}
 */
record Query(String text, Tokens tokens, int[] ids, LineMap lines) {
    /** Tokenizes {@code text} with the shared analyzer and looks its terms up in {@code dictionary}. */
    public static Query of(String text, TermDictionary dictionary) {
        return of(text, LineMap.of(text), dictionary);
    }

    /** Like {@link #of(String, TermDictionary)}, with the line map the caller already built for {@code text}. */
    public static Query of(String text, LineMap lines, TermDictionary dictionary) {
        if (lines.textLength() != text.length()) {
            throw new IllegalArgumentException("line map of another text: " + lines.textLength() + " chars, not "
                    + text.length());
        }
        Tokens tokens = TextNormalizer.tokenize(text);
        return new Query(text, tokens, dictionary.ids(tokens.terms()), lines);
    }

    public int length() {
        return ids.length;
    }

    /** Returns the 1-based line of the term at {@code position}. */
    public int lineOfToken(int position) {
        return lines.lineOf(tokens.startOffsets()[position]);
    }
}
