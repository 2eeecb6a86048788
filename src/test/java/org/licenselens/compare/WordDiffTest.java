package org.licenselens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private static DiffSegment eq(String t) {
        return new DiffSegment(DiffSegment.Kind.EQUAL, t);
    }

    @Test
    void marksReplacedWordsAsRemovedThenAdded() {
        assertEquals(List.of(eq("accompanying Llama"), new DiffSegment(DiffSegment.Kind.REMOVED, "2"),
                        new DiffSegment(DiffSegment.Kind.ADDED, "3.1"), eq("distributed by Meta")),
                WordDiff.diff("accompanying Llama 2 distributed by Meta", "accompanying Llama 3.1 distributed by Meta"));
    }

    @Test
    void treatsQuoteAndDashStylesAsEqualAndShowsTheRevisedWording() {
        assertEquals(List.of(eq("\u201CNotice\u201D text \u2014 file")),
                WordDiff.diff("\"Notice\" text - file", "\u201CNotice\u201D text \u2014 file"));
    }

    @Test
    void reportsPureInsertionsAndDeletionsAtTheEnds() {
        assertEquals(List.of(new DiffSegment(DiffSegment.Kind.ADDED, "Also,"), eq("you must comply"),
                        new DiffSegment(DiffSegment.Kind.REMOVED, "today.")),
                WordDiff.diff("you must comply today.", "Also, you must comply"));
    }
}
