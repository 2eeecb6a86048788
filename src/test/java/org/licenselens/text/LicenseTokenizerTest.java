package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class LicenseTokenizerTest {
    private static List<String> tokens(String text) {
        return Analysis.terms(text, s -> s);
    }

    /** One row per token: term, lineStart, boundary, before, after, afterNext. */
    private static List<String> contexts(String text) throws IOException {
        List<String> rows = new ArrayList<>();
        try (LicenseTokenizer tokenizer = new LicenseTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            var term = tokenizer.getAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            TokenContextAttribute context = tokenizer.getAttribute(TokenContextAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                rows.add(term + " " + (context.isLineStart() ? "L" : "-") + (context.isBoundary() ? "B" : "-") + " "
                        + printable(context.charBefore()) + printable(context.charAfter())
                        + printable(context.charAfterNext()));
            }
            tokenizer.end();
        }
        return rows;
    }

    private static String printable(char c) {
        return c == 0 ? "0" : c == '\n' ? "n" : c == ' ' ? "_" : String.valueOf(c);
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(List.of("Version", "2", "0", "June", "1991"), tokens("Version 2.0, June 1991"));
    }

    @Test
    void plusRightAfterAWordStaysInIt() {
        assertEquals(List.of("GPL", "2", "0+"), tokens("GPL-2.0+"));
    }

    @Test
    void plusAfterASpaceIsASeparator() {
        assertEquals(List.of("a", "b"), tokens("a + b"));
    }

    @Test
    void punctuationCommentMarkersAndRulersVanish() {
        assertEquals(List.of("foo", "bar", "baz", "qux"),
                tokens("/* foo */\n// bar\n# baz;\n-- =====\n----\n****\n\u201Cqux\u201D \u2014 \u2013 --"));
    }

    @Test
    void apostropheSplitsWhateverItsShape() {
        assertEquals(List.of("licensor", "s", "licensor", "s"), tokens("licensor's licensor\u2019s"));
    }

    @Test
    void unicodeLettersAndAccentsStayInTheWord() {
        assertEquals(List.of("café", "cafe\u0301", "\u00FCber", "\u0434\u0430"), tokens("café, cafe\u0301 \u00FCber \u0434\u0430"));
    }

    @Test
    void ampersandAndCopyrightSignAreTokens() {
        assertEquals(List.of("AT", "&", "T", "\u00A9", "2004"), tokens("AT&T \u00A92004"));
    }

    @Test
    void otherSymbolsAreNotTokens() {
        assertEquals(List.of("a", "b"), tokens("a \u00AE \u2122 $ % @ b"));
    }

    @Test
    void contextTellsLineStartBoundaryAndSurroundingCharacters() throws IOException {
        assertEquals(List.of("one LB 0_t", "two -- e.n", "a LB 0)_", "three -B )n(", "b L- (),", "c -B ,n0"),
                contexts("one two.\n a) three\n(b), c\n"));
    }

    @Test
    void blankOrDecorationOnlyLineOpensAUnit() throws IOException {
        assertEquals(List.of("foo LB 0n/", "bar LB 0nb", "baz L- 0n0"), contexts("foo\n// \nbar\nbaz\n"));
    }

    @Test
    void periodAfterASingleLetterDoesNotOpenAUnit() throws IOException {
        assertEquals(List.of("i LB 0.e", "e -- .._", "foo -- ._0"), contexts("i.e. foo "));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "  Sub-licence (c) 2004\r\nGPL-2.0+ \u00E9t\u00E9";
        try (LicenseTokenizer tokenizer = new LicenseTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            var term = tokenizer.getAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            tokenizer.reset();
            int count = 0;
            while (tokenizer.incrementToken()) {
                assertEquals(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
                count++;
            }
            tokenizer.end();
            assertEquals(text.length(), offset.endOffset());
            assertEquals(8, count);
        }
    }

    @Test
    void carriageReturnLineFeedIsOneLineBreak() throws IOException {
        List<String> rows = contexts("foo\r\nbar\r\n\r\nbaz");
        assertTrue(rows.get(1).startsWith("bar L-"), rows.toString());
        assertTrue(rows.get(2).startsWith("baz LB"), rows.toString());
    }

    @Test
    void longInputIsReadCompletely() {
        String text = "word ".repeat(5000) + "end";
        List<String> tokens = tokens(text);
        assertEquals(5001, tokens.size());
        assertEquals("end", tokens.get(5000));
        assertFalse(tokens.contains(""));
    }
}
