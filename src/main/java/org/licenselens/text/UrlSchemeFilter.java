package org.licenselens.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Treats the protocols http and https as equivalent (SPDX matching guidelines): the term "https" becomes
 * "http". Other URL parts, "www" included, stay. Expects lower-cased terms.
 */
final class UrlSchemeFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    UrlSchemeFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (termAtt.length() == 5) {
            char[] t = termAtt.buffer();
            if (t[0] == 'h' && t[1] == 't' && t[2] == 't' && t[3] == 'p' && t[4] == 's') {
                termAtt.setLength(4);
            }
        }
        return true;
    }
}
