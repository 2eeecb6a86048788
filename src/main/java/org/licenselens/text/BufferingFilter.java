package org.licenselens.text;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Base of filters that must look at following tokens before deciding on the current one.
 *
 * <p>Tokens read ahead are kept as captured states and replayed in order; the common path, with nothing
 * buffered, costs one empty-deque check per token.
 */
abstract class BufferingFilter extends TokenFilter {
    protected final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    protected final TokenContextAttribute contextAtt = addAttribute(TokenContextAttribute.class);
    private final ArrayDeque<State> replay = new ArrayDeque<>();
    private boolean exhausted;

    BufferingFilter(TokenStream input) {
        super(input);
    }

    /** Loads the next token, replayed ones first; returns false at the end of the stream. */
    protected final boolean nextToken() throws IOException {
        State state = replay.pollFirst();
        if (state != null) {
            restoreState(state);
            return true;
        }
        if (exhausted) {
            return false;
        }
        exhausted = !input.incrementToken();
        return !exhausted;
    }

    /** Puts a token back so that the next {@link #nextToken()} returns it before anything else. */
    protected final void pushBack(State state) {
        replay.addFirst(state);
    }

    /** Returns whether the current term equals {@code word}. */
    protected final boolean termIs(String word) {
        int len = termAtt.length();
        if (len != word.length()) {
            return false;
        }
        char[] t = termAtt.buffer();
        for (int i = 0; i < len; i++) {
            if (t[i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether the current term is a single letter enclosed in parentheses, as in "(c)". */
    protected final boolean isParenthesized(char letter) {
        return termAtt.length() == 1 && termAtt.buffer()[0] == letter && contextAtt.charBefore() == '('
                && contextAtt.charAfter() == ')';
    }

    /** Returns whether the current term is a year from 1900 to 2099. */
    protected final boolean isYear() {
        if (termAtt.length() != 4) {
            return false;
        }
        char[] t = termAtt.buffer();
        boolean century = (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
        return century && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        replay.clear();
        exhausted = false;
    }
}
