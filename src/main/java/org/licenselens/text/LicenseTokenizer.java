package org.licenselens.text;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits text into words: runs of Unicode letters and digits, a trailing {@code +} kept in the word.
 *
 * <p>Everything else separates words, so punctuation, comment markers, quotes, dashes and ruler lines vanish.
 * Two symbols are tokens of their own because they stand for words: {@code &} ("and") and {@code ©}
 * ("copyright"). Combining marks continue a word, so decomposed accents stay inside it.
 *
 * <p>Each token carries a {@link TokenContextAttribute} describing its layout context. The whole input is read
 * into a reusable buffer on {@link #reset()} so that context on both sides of a token is at hand.
 */
final class LicenseTokenizer extends Tokenizer {
    private static final boolean[] ASCII_WORD = new boolean[128];
    /** A reused tokenizer lives as long as its thread: do not let one huge input pin its buffer. */
    private static final int MAX_KEPT_BUFFER = 1 << 20;

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[c - 'a' + 'A'] = true;
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TokenContextAttribute contextAtt = addAttribute(TokenContextAttribute.class);

    private char[] text = new char[4096];
    private int length;
    private int pos;
    private boolean lineHasToken;
    private boolean boundary;
    private char lastOnLine;
    /** End of the previous token when it was a single letter, so "i.e." does not open a new unit; else -1. */
    private int singleLetterEnd;

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        int read;
        while ((read = input.read(text, length, text.length - length)) != -1) {
            length += read;
            if (length == text.length) {
                text = ArrayUtil.grow(text, length + 1);
            }
        }
        pos = 0;
        lineHasToken = false;
        boundary = true;
        lastOnLine = 0;
        singleLetterEnd = -1;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        final char[] buf = text;
        final int end = length;
        while (pos < end) {
            char c = buf[pos];
            if (c < 128 ? ASCII_WORD[c] : isWordStart(Character.codePointAt(buf, pos, end))) {
                emitWord(buf, end);
                return true;
            }
            if (c == '&' || c == '\u00A9') {
                emitSymbol(c);
                return true;
            }
            skipSeparator(buf, end, c);
        }
        return false;
    }

    private void skipSeparator(char[] buf, int end, char c) {
        if (c == '\n' || (c == '\r' && (pos + 1 == end || buf[pos + 1] != '\n')) || c == '\u2028' || c == '\u2029'
                || c == '\u0085') {
            if (!lineHasToken) {
                boundary = true;
            }
            lineHasToken = false;
            lastOnLine = 0;
        } else if (!isBlank(c)) {
            if (c == '.' ? pos != singleLetterEnd : c == ':' || c == ';' || c == ')' || c == '!' || c == '?') {
                boundary = true;
            }
            lastOnLine = c;
        }
        pos++;
    }

    private void emitWord(char[] buf, int end) {
        int start = pos;
        int p = pos;
        int codePoints = 0;
        boolean letter = false;
        while (p < end) {
            char c = buf[p];
            if (c < 128) {
                if (!ASCII_WORD[c]) {
                    break;
                }
                letter = c > '9';
                p++;
            } else {
                int cp = Character.codePointAt(buf, p, end);
                if (!isWordPart(cp)) {
                    break;
                }
                letter = Character.isLetter(cp);
                p += Character.charCount(cp);
            }
            codePoints++;
        }
        if (p < end && buf[p] == '+') {
            p++;
        }
        termAtt.copyBuffer(buf, start, p - start);
        finish(start, p);
        singleLetterEnd = codePoints == 1 && letter ? p : -1;
    }

    private void emitSymbol(char c) {
        int start = pos;
        termAtt.setEmpty().append(c);
        finish(start, start + 1);
        singleLetterEnd = -1;
    }

    private void finish(int start, int stop) {
        offsetAtt.setOffset(correctOffset(start), correctOffset(stop));
        char after = stop < length ? text[stop] : 0;
        char afterNext = stop + 1 < length ? text[stop + 1] : 0;
        contextAtt.setContext(!lineHasToken, boundary, lastOnLine, after, afterNext);
        lineHasToken = true;
        boundary = false;
        lastOnLine = text[stop - 1];
        pos = stop;
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > MAX_KEPT_BUFFER) {
            text = new char[4096];
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    static boolean isWordStart(int cp) {
        if (cp < 128) {
            return ASCII_WORD[cp];
        }
        int type = Character.getType(cp);
        return (type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER)
                || (type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER);
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
    }

    /** Returns whether {@code c} is white space, including no-break spaces and line breaks. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }
}
