package org.licenselens.text;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the case of each term so that a text and its upper-cased copy give the same terms.
 *
 * <p>Plain lower-casing is not enough: upper-casing "ß" gives "SS" and "ς" gives "Σ". Non-ASCII terms therefore
 * go through full upper-casing and then lower-casing, which folds both spellings to one; ASCII terms, the usual
 * case, are lower-cased in place. Accents are kept.
 */
final class CaseFoldFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    CaseFoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= 128) {
                foldUnicode();
                return true;
            }
            if (c >= 'A' && c <= 'Z') {
                buf[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }

    private void foldUnicode() {
        String folded = termAtt.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        termAtt.setEmpty().append(folded);
    }
}
