package org.licenselens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.licenselens.text.LineMap;

/**
 * Reads the section numbers of a license from the item markers that open its lines ({@code 1.}, {@code b.},
 * {@code v.}, {@code (a)}, {@code 1.1}, {@code Section 3:}) and names every line by the section it is in, e.g.
 * {@code 1.b.v}.
 *
 * <p>Each marker style (numbers, lower-case letters, lower-case roman numerals, their upper-case and parenthesized
 * forms) is one nesting level: a marker of a style already open closes the levels below it, a new style opens a
 * level. A dotted number ({@code 3.2}) or a "Section 3" heading names the whole path, so it resets the levels. A
 * lone {@code i}, {@code v}, {@code x}, {@code l} or {@code c} is a letter when it follows its predecessor letter
 * ({@code h.} then {@code i.}), else a roman numeral. Markers inside a line ("(A) provide a copy") are not read:
 * they number items of a sentence, not sections.
 */
final class SectionNumbers {
    private static final String ITEM = "[a-z]|[ivxlc]{2,6}|[A-Z]|[IVXLC]{2,6}";
    private static final Pattern MARKER = Pattern.compile(
            "^[ \\t]*(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?[ \\t]*(?:"
                    + "(?:Section|SECTION|Article|ARTICLE|\u00A7)[ \\t]*(?<section>\\d{1,3}(?:\\.\\d{1,3})*)[.:]?(?=\\s|$)"
                    + "|(?<dotted>\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?=[ \\t]+[\\p{Lu}\"\u201C(]|[ \\t]*$)"
                    + "|(?<number>\\d{1,3})[.)](?=\\s|$)"
                    + "|\\((?<enclosed>" + ITEM + ")\\)(?=\\s|$)"
                    + "|(?<item>" + ITEM + ")[.)](?=\\s|$))");

    private enum Style { NUMBER, LOWER, LOWER_ROMAN, UPPER, UPPER_ROMAN }

    private record Level(Style style, boolean parenthesized, String value) {
    }

    private SectionNumbers() {
    }

    /**
     * Returns, for each line of {@code text}, the section it is in ({@code null} before the first marker);
     * index 0 is unused so that the array is indexed by 1-based line number.
     */
    static String[] byLine(String text, LineMap lines) {
        String[] sections = new String[lines.lineCount() + 1];
        List<Level> open = new ArrayList<>();
        String current = null;
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
            Level marker = marker(text.substring(start, end), open);
            if (marker != null) {
                enter(open, marker);
                current = label(open);
            }
            sections[line] = current;
        }
        return sections;
    }

    private static Level marker(String line, List<Level> open) {
        Matcher m = MARKER.matcher(line);
        if (!m.find()) {
            return null;
        }
        if (m.group("section") != null) {
            return new Level(Style.NUMBER, false, m.group("section"));
        }
        if (m.group("dotted") != null) {
            return new Level(Style.NUMBER, false, m.group("dotted"));
        }
        if (m.group("number") != null) {
            return new Level(Style.NUMBER, false, m.group("number"));
        }
        boolean parenthesized = m.group("enclosed") != null;
        String item = parenthesized ? m.group("enclosed") : m.group("item");
        boolean upper = Character.isUpperCase(item.charAt(0));
        boolean roman = item.length() > 1 || (isRomanDigit(item.charAt(0)) && !followsLetter(item.charAt(0), open));
        Style style = upper ? (roman ? Style.UPPER_ROMAN : Style.UPPER) : (roman ? Style.LOWER_ROMAN : Style.LOWER);
        return new Level(style, parenthesized, item);
    }

    private static boolean isRomanDigit(char c) {
        return "ivxlcIVXLC".indexOf(c) >= 0;
    }

    /** Tells whether a letter level open now holds the letter just before {@code c} ({@code h} before {@code i}). */
    private static boolean followsLetter(char c, List<Level> open) {
        for (Level level : open) {
            if ((level.style == Style.LOWER || level.style == Style.UPPER) && level.value.length() == 1
                    && level.value.charAt(0) == c - 1) {
                return true;
            }
        }
        return false;
    }

    private static void enter(List<Level> open, Level marker) {
        if (marker.style == Style.NUMBER) {
            open.clear();
            open.add(marker);
            return;
        }
        for (int i = 0; i < open.size(); i++) {
            Level level = open.get(i);
            if (level.style == marker.style && level.parenthesized == marker.parenthesized) {
                open.subList(i, open.size()).clear();
                break;
            }
        }
        open.add(marker);
    }

    private static String label(List<Level> open) {
        StringBuilder label = new StringBuilder();
        for (Level level : open) {
            if (!label.isEmpty()) {
                label.append('.');
            }
            label.append(level.value);
        }
        return label.toString();
    }
}
