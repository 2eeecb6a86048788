package org.licenselens.report;

/** Shortens untrusted text for a report: one line, at most a given width. */
final class Excerpts {
    private Excerpts() {}

    /** Returns {@code text} on one line: every run of white space, line breaks included, becomes one space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Returns {@code text} if it fits {@code width} characters, else its start and {@code ellipsis}, {@code width} in all. */
    static String clip(String text, int width, String ellipsis) {
        return text.length() <= width ? text : text.substring(0, width - ellipsis.length()) + ellipsis;
    }

    /** Returns {@code text}, or "(none)" when it is null or empty. */
    static String orNone(String text) {
        return text == null || text.isEmpty() ? "(none)" : text;
    }
}
