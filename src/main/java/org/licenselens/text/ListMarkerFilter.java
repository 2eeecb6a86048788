package org.licenselens.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * Drops list markers and section numbers: "1.", "1.2.", "(a)", "a)", "iii.", "(iv)", "A.", "§ 2".
 *
 * <p>A marker is a number (up to three digits), a single letter or a roman numeral that is enclosed in
 * parentheses or directly followed by "." or ")" and then a blank, and that opens a unit of text
 * ({@link TokenContextAttribute#isBoundary()}: start of text, after a blank line, or after a sentence or clause
 * end). Requiring a unit start rather than a line start keeps the decision independent of line wrapping, so
 * "version 2." wrapped onto a new line, "2 of the License" and "3 clause" keep their numbers. Bullets such as
 * "•", "-" or "*" are punctuation and never reach this filter. Expects lower-cased terms.
 */
final class ListMarkerFilter extends BufferingFilter {
    private static final CharArraySet ROMAN = CharArraySet.unmodifiableSet(new CharArraySet(
            IntStream.rangeClosed(1, 39).mapToObj(ListMarkerFilter::roman).toList(), false));

    private final List<State> chain = new ArrayList<>();

    ListMarkerFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextToken()) {
            boolean boundary = contextAtt.isBoundary();
            if (!boundary && !contextAtt.isLineStart()) {
                return true;
            }
            boolean number = isNumber();
            if (!number && !isLetterOrRoman()) {
                return true;
            }
            if (boundary ? isMarker(number) : isLineOnlyMarker(number)) {
                continue;
            }
            if (!number || !continuesNumbering() || !dropNumberingChain()) {
                return true;
            }
        }
        return false;
    }

    private boolean isMarker(boolean number) {
        char before = contextAtt.charBefore();
        char after = contextAtt.charAfter();
        if (before == '(' && after == ')') {
            return true;
        }
        if ((after == '.' || after == ')') && LicenseTokenizer.isBlank(contextAtt.charAfterNext())) {
            return true;
        }
        return number && before == '\u00A7';
    }

    /**
     * A line start that does not also open a unit is weaker evidence: a wrapped sentence may put "$50." or
     * "(100)" or "§ 2" there. Such a token is a marker only with a short number and no currency sign before it.
     */
    private boolean isLineOnlyMarker(boolean number) {
        char before = contextAtt.charBefore();
        if (number && (termAtt.length() > 2 || before == '\u00A7')) {
            return false;
        }
        return Character.getType(before) != Character.CURRENCY_SYMBOL && isMarker(number);
    }

    private boolean continuesNumbering() {
        char next = contextAtt.charAfterNext();
        return contextAtt.charAfter() == '.' && next >= '0' && next <= '9';
    }

    /**
     * Reads a dotted number such as "1.2.3." to its end; drops it if it ends like a marker, else replays it and
     * loads its first part. Keeps "2.0 of the License" as content.
     */
    private boolean dropNumberingChain() throws IOException {
        chain.clear();
        chain.add(captureState());
        while (nextToken()) {
            boolean number = isNumber();
            if (number && continuesNumbering()) {
                chain.add(captureState());
                continue;
            }
            if (number && isMarker(true)) {
                return true;
            }
            pushBack(captureState());
            break;
        }
        for (int i = chain.size() - 1; i > 0; i--) {
            pushBack(chain.get(i));
        }
        restoreState(chain.get(0));
        return false;
    }

    private boolean isNumber() {
        int len = termAtt.length();
        if (len == 0 || len > 3) {
            return false;
        }
        char[] t = termAtt.buffer();
        for (int i = 0; i < len; i++) {
            if (t[i] < '0' || t[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean isLetterOrRoman() {
        int len = termAtt.length();
        if (len == 1) {
            return Character.isLetter(termAtt.buffer()[0]);
        }
        return len <= 6 && ROMAN.contains(termAtt.buffer(), 0, len);
    }

    private static String roman(int value) {
        String[] tens = {"", "x", "xx", "xxx"};
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return (tens[value / 10] + units[value % 10]).toLowerCase(Locale.ROOT);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        chain.clear();
    }
}
