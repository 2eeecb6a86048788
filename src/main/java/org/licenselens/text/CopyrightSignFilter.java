package org.licenselens.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;

/**
 * Turns the copyright signs "©" and "(c)" into the term "copyright", keeping one term where the word and a sign
 * stand together ("Copyright (c)", "© Copyright").
 *
 * <p>"(c)" is a sign only next to the word copyright or before a year ("(c) 2004 Foo", also across a line break); elsewhere it is the
 * letter c, as in "(c) You must ..." or "subsections (a) and (c)", and is left for {@link ListMarkerFilter}.
 * Expects lower-cased terms.
 */
final class CopyrightSignFilter extends BufferingFilter {
    private static final String COPYRIGHT = "copyright";
    private boolean lastCopyright;
    private boolean lastSign;

    CopyrightSignFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextToken()) {
            boolean sign = termIs("\u00A9") || (isParenthesized('c') && (lastCopyright || copyrightFollows()));
            if (!sign && !termIs(COPYRIGHT)) {
                lastCopyright = false;
                return true;
            }
            if (lastCopyright && (sign || lastSign)) {
                continue;
            }
            if (sign) {
                termAtt.setEmpty().append(COPYRIGHT);
            }
            lastCopyright = true;
            lastSign = sign;
            return true;
        }
        return false;
    }

    /** Peeks at the next token: a year or the copyright word makes "(c)" a sign; "(c) 60 days" stays a letter. */
    private boolean copyrightFollows() throws IOException {
        State current = captureState();
        boolean follows = false;
        if (nextToken()) {
            follows = isYear() || termIs(COPYRIGHT) || termIs("\u00A9");
            pushBack(captureState());
        }
        restoreState(current);
        return follows;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastCopyright = false;
        lastSign = false;
    }
}
