package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void mapsOffsetsToLinesForEveryLineEnding() {
        String text = "one\ntwo\r\nthree\rfour";
        LineMap lines = LineMap.of(text);
        assertEquals(4, lines.lineCount());
        assertEquals(1, lines.lineOf(0));
        assertEquals(1, lines.lineOf(3));
        assertEquals(2, lines.lineOf(text.indexOf("two")));
        assertEquals(2, lines.lineOf(text.indexOf("\r\n") + 1));
        assertEquals(3, lines.lineOf(text.indexOf("three")));
        assertEquals(4, lines.lineOf(text.indexOf("four")));
        assertEquals(4, lines.lineOf(text.length()));
        assertEquals(text.indexOf("three"), lines.lineStart(3));
    }

    @Test
    void emptyTextHasOneLine() {
        assertEquals(1, LineMap.of("").lineCount());
        assertEquals(1, LineMap.of("").lineOf(0));
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        LineMap lines = LineMap.of("abc");
        assertThrows(IllegalArgumentException.class, () -> lines.lineOf(4));
        assertThrows(IllegalArgumentException.class, () -> lines.lineOf(-1));
        assertThrows(IllegalArgumentException.class, () -> lines.lineStart(2));
    }
}
