package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListMarkerFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, ListMarkerFilter::new);
    }

    @Test
    void markersOpeningALineAreDropped() {
        assertEquals(List.of("definitions", "contributor", "means", "foo", "bar", "baz", "qux", "grant", "x"),
                terms("1. Definitions.\n1.2. \"Contributor\" means\n(a) foo\n a) bar\niii. baz\n(IV) qux\n\n\u00A7 2 Grant\nA. x"));
    }

    @Test
    void markersAfterAClauseEndAreDropped() {
        assertEquals(List.of("conditions", "foo", "bar"), terms("conditions: (a) foo; (b) bar"));
        assertEquals(List.of("foo", "and", "b", "bar"), terms("(a) foo and (b) bar"));
        assertEquals(List.of("this", "license", "grant"), terms("this License. 2. Grant"));
    }

    @Test
    void numbersAndLettersThatAreContentStay() {
        assertEquals(List.of("under", "section", "2", "of", "the", "license"), terms("under section\n2 of the License"));
        assertEquals(List.of("3", "clause", "bsd"), terms("3 clause BSD"));
        assertEquals(List.of("section", "4", "grant"), terms("Section 4. Grant"));
        assertEquals(List.of("license", "2", "0", "of", "the"), terms("License. 2.0 of the"));
        assertEquals(List.of("i", "e", "foo"), terms("i.e. foo"));
        assertEquals(List.of("in", "clause", "a", "above"), terms("in clause (a) above"));
        assertEquals(List.of("a", "copy", "of"), terms("A copy of"));
        assertEquals(List.of("see", "2", "and", "3"), terms("see \u00A7\n\u00A7 2 and 3"));
        assertEquals(List.of("up", "to", "50", "or", "100", "in"), terms("up to\n$50. or\n(100) in"));
    }

    @Test
    void dottedNumberWithoutFinalPeriodStays() {
        assertEquals(List.of("1", "1", "grant"), terms("1.1 Grant"));
        assertEquals(List.of("grant"), terms("1.1.3) Grant"));
    }
}
