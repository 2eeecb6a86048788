package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyrightSignFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, CopyrightSignFilter::new);
    }

    @Test
    void signsBecomeTheWord() {
        assertEquals(List.of("see", "copyright", "2004", "foo"), terms("see \u00A9 2004 Foo"));
        assertEquals(List.of("see", "copyright", "2004", "foo"), terms("see (C) 2004 Foo"));
    }

    @Test
    void wordAndSignTogetherGiveOneTerm() {
        assertEquals(List.of("copyright", "year", "name"), terms("Copyright (C) year name"));
        assertEquals(List.of("copyright", "foo"), terms("(c) Copyright Foo"));
        assertEquals(List.of("copyright", "foo"), terms("Copyright \u00A9 Foo"));
    }

    @Test
    void parenthesizedCElsewhereIsTheLetter() {
        assertEquals(List.of("subsections", "a", "and", "c", "of"), terms("subsections (a) and (c) of"));
        assertEquals(List.of("c", "you", "must"), terms("(c) You must"));
        assertEquals(List.of("c"), terms("(c)"));
        assertEquals(List.of("or", "c", "60", "days"), terms("or (c) 60 days"));
        assertEquals(List.of("are", "copyright", "1991", "9"), terms("are (c)\n1991-9"));
        assertEquals(List.of("section", "1", "1", "c", "2", "grant"), terms("Section 1.1(c).\n\n2. Grant"));
    }

    @Test
    void repeatedWordsWithoutSignStay() {
        assertEquals(List.of("copyright", "copyright"), terms("copyright copyright"));
    }
}
