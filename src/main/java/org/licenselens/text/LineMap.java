package org.licenselens.text;

import java.util.Arrays;

/**
 * Maps character offsets of an extracted text back to 1-based line numbers.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. Immutable and thread-safe.
 */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    private LineMap(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    /** Builds the map of {@code text}. */
    public static LineMap of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, count), n);
    }

    /** Returns the 1-based line holding {@code offset}; an offset at the very end belongs to the last line. */
    public int lineOf(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " outside text of length " + length);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Returns the offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("line " + line + " outside 1.." + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** Returns the number of lines; an empty text has one (empty) line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Returns the length of the mapped text. */
    public int textLength() {
        return length;
    }
}
