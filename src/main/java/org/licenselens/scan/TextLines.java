package org.licenselens.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line lookups in a file's text, for pointing at the line that declares something. */
final class TextLines {
    private TextLines() {}

    /** The 1-based line of the first match of {@code pattern} at or after {@code from}, else 1. */
    static int lineOf(String text, Pattern pattern, int from) {
        Matcher m = pattern.matcher(text);
        return m.find(Math.min(from, text.length())) ? lineAt(text, m.start()) : 1;
    }

    /** The 1-based line of the first occurrence of {@code literal}, else 1. */
    static int lineOf(String text, String literal) {
        int at = text.indexOf(literal);
        return at < 0 ? 1 : lineAt(text, at);
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset where 1-based {@code line} starts. */
    static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset < 0 ? text.length() : offset;
    }
}
