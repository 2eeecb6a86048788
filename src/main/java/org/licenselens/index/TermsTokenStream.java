package org.licenselens.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replays terms that the license analyzer already produced, so the corpus is analyzed once per build. */
final class TermsTokenStream extends TokenStream {
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final String[] terms;
    private int next;

    TermsTokenStream(String[] terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.length) {
            return false;
        }
        clearAttributes();
        termAttribute.setEmpty().append(terms[next++]);
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
