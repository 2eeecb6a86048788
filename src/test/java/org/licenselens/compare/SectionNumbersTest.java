package org.licenselens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.licenselens.testing.TestCorpus;
import org.licenselens.text.LineMap;

class SectionNumbersTest {
    private static String[] sections(String... lines) {
        String text = String.join("\n", lines);
        return SectionNumbers.byLine(text, LineMap.of(text));
    }

    @Test
    void nestsNumbersLettersAndRomanNumeralsAndClosesLevelsOfARepeatedStyle() {
        String[] s = sections(
                "Preamble before any number.",
                "1. Rights.",
                "  a. Grant.",
                "  b. Redistribution.",
                "     i. First duty,",
                "     wrapped onto a second line.",
                "     ii. Second duty.",
                "     v. Fifth duty.",
                "  c. Third letter after b, not the roman hundred.",
                "2. Terms.");
        assertNull(s[1]);
        assertEquals("1", s[2]);
        assertEquals("1.a", s[3]);
        assertEquals("1.b", s[4]);
        assertEquals("1.b.i", s[5]);
        assertEquals("1.b.i", s[6], "a wrapped line stays in its section");
        assertEquals("1.b.ii", s[7]);
        assertEquals("1.b.v", s[8]);
        assertEquals("1.c", s[9]);
        assertEquals("2", s[10]);
    }

    @Test
    void letterIAfterHIsALetterAndDottedNumbersAndSectionHeadingsResetThePath() {
        String[] s = sections(
                "Section 3: DISTRIBUTION",
                "3.2 Use",
                "(h) eighth item",
                "(i) ninth item, a letter because it follows (h)",
                "4.1 Updates",
                "(i) first item here, a roman numeral");
        assertEquals("3", s[1]);
        assertEquals("3.2", s[2]);
        assertEquals("3.2.h", s[3]);
        assertEquals("3.2.i", s[4]);
        assertEquals("4.1", s[5]);
        assertEquals("4.1.i", s[6]);
    }

    @Test
    void ignoresWrappedLinesThatStartWithNumbersButAreNoMarkers() {
        String[] s = sections("1. Grant.", "700 million monthly active users", "2.0 of the License applies");
        assertEquals("1", s[2]);
        assertEquals("1", s[3], "'2.0 of' is a version number in running text, not a section");
    }

    @Test
    void numbersTheLlama2TrainingClauseAs1bv() {
        String text = TestCorpus.licenseText("llama-2-license-2023");
        String[] s = SectionNumbers.byLine(text, LineMap.of(text));
        String[] lines = text.split("\n", -1);
        int line = 0;
        while (!lines[line].contains("You will not use the Llama Materials")) {
            line++;
        }
        assertEquals("1.b.v", s[line + 1]);
    }
}
