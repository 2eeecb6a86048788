package org.licenselens.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Maps the multi-word equivalences of the SPDX matching guidelines to one form: "sub license" and
 * "sub-license" become "sublicense" (also sub-licensee, sub-licensable ...), "non-commercial" becomes
 * "noncommercial", "per cent" becomes "percent", and "copyright owner" becomes "copyright holder".
 *
 * <p>A joined term spans both source words. "owner" is changed only right after "copyright". Runs after
 * {@link EquivalentWordsFilter} so that "sub-licence" joins too.
 */
final class EquivalentPhraseFilter extends BufferingFilter {
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final StringBuilder joined = new StringBuilder();
    private boolean lastCopyright;

    EquivalentPhraseFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!nextToken()) {
            return false;
        }
        boolean afterCopyright = lastCopyright;
        lastCopyright = termIs("copyright");
        if (afterCopyright && (termIs("owner") || termIs("owners"))) {
            String holder = termAtt.length() == 5 ? "holder" : "holders";
            termAtt.setEmpty().append(holder);
        } else if (termIs("sub") || termIs("non") || termIs("per")) {
            joinWithNext();
        }
        return true;
    }

    private void joinWithNext() throws IOException {
        State first = captureState();
        joined.setLength(0);
        joined.append(termAtt);
        if (!nextToken()) {
            restoreState(first);
            return;
        }
        if (!joins()) {
            pushBack(captureState());
            restoreState(first);
            return;
        }
        joined.append(termAtt);
        int end = offsetAtt.endOffset();
        restoreState(first);
        termAtt.setEmpty().append(joined);
        offsetAtt.setOffset(offsetAtt.startOffset(), end);
    }

    private boolean joins() {
        char head = joined.charAt(0);
        if (head == 's') {
            return startsWith("licens");
        }
        if (head == 'n') {
            return startsWith("commercial");
        }
        return termIs("cent");
    }

    private boolean startsWith(String prefix) {
        int n = prefix.length();
        if (termAtt.length() < n) {
            return false;
        }
        char[] t = termAtt.buffer();
        for (int i = 0; i < n; i++) {
            if (t[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastCopyright = false;
    }
}
