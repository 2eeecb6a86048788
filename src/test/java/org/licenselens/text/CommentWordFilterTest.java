package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentWordFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, CommentWordFilter::new);
    }

    @Test
    void commentKeywordsOpeningALineAreDropped() {
        assertEquals(List.of("licensed", "under", "the", "foo", "terms"),
                terms("REM Licensed under\n@rem the\n  dnl Foo\nrem terms"));
    }

    @Test
    void keywordsInsideALineOrLongerWordsStay() {
        assertEquals(List.of("remain", "the", "rem", "dnl", "remove"), terms("remain the rem dnl\nremove"));
    }

    @Test
    void tokenAfterADroppedKeywordOpensTheLine() {
        List<String> rows = Analysis.folded("rem Copyright 2004 Foo\nbar", s -> new CopyrightLineFilter(
                new CommentWordFilter(s)));
        assertEquals(List.of("bar"), rows);
    }
}
