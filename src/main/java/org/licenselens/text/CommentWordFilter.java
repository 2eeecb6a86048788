package org.licenselens.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the comment keywords {@code rem} (batch files, also {@code @rem}) and {@code dnl} (m4) when they open a
 * line, where they only mark the line as a comment.
 *
 * <p>The token after a dropped keyword becomes the first on its line, so line-based rules still see it.
 * Expects lower-cased terms.
 */
final class CommentWordFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TokenContextAttribute contextAtt = addAttribute(TokenContextAttribute.class);

    CommentWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        boolean promote = false;
        while (input.incrementToken()) {
            if (contextAtt.isLineStart() && isCommentWord()) {
                promote = true;
                continue;
            }
            if (promote) {
                contextAtt.setLineStart(true);
            }
            return true;
        }
        return false;
    }

    private boolean isCommentWord() {
        if (termAtt.length() != 3) {
            return false;
        }
        char[] t = termAtt.buffer();
        return (t[0] == 'r' && t[1] == 'e' && t[2] == 'm') || (t[0] == 'd' && t[1] == 'n' && t[2] == 'l');
    }
}
