package org.licenselens.compare;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How clause texts are compared: typography aside, and as sets of words for similarity. */
final class Wording {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Wording() {
    }

    /**
     * Returns {@code text} with runs of white space made one space and curly quotes and dashes made plain: two
     * copies of a license typed in different editors differ in these and in nothing a reader would call a change.
     */
    static String typographic(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            });
        }
        return SPACE.matcher(b).replaceAll(" ").strip();
    }

    /** Returns the distinct lower-cased words of {@code text}. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Returns the Dice similarity of two word sets: twice the shared words over the sum of their sizes, 0 to 1.
     * Dice rather than Jaccard because short clauses that differ in a version number and a date ("Llama 2
     * Version Release Date: July 18, 2023") share most of their few words but few of their union.
     */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String w : smaller) {
            if (larger.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
