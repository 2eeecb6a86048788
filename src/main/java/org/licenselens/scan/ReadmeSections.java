package org.licenselens.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the license section of a README ("## License", "License\n-------") and blanks everything else, keeping
 * every line where it was so that reported line numbers are the README's own.
 */
final class ReadmeSections {
    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^\\W*(licen[cs]e|licen[cs]ing|licen[cs]es|copyright(?: and licen[cs]e)?|licen[cs]e and copyright)\\W*$");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");

    private ReadmeSections() {}

    /** The README with only its license section left, or {@code null} when it has none. */
    static String licenseSection(String text) {
        String[] lines = text.split("\n", -1);
        int start = -1;
        int level = 0;
        int end = lines.length;
        ModelCards.FrontMatter fm = ModelCards.frontMatter(text);
        for (int i = fm == null ? 0 : fm.lastLine(); i < lines.length; i++) {
            int headingLevel = headingLevel(lines, i);
            if (headingLevel == 0) {
                continue;
            }
            if (start < 0) {
                if (TITLE.matcher(headingText(lines, i)).matches()) {
                    start = i;
                    level = headingLevel;
                }
            } else if (headingLevel <= level) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                kept.append('\n');
            }
            if (i >= start && i < end) {
                kept.append(lines[i]);
            } else if (lines[i].endsWith("\r")) {
                kept.append('\r');
            }
        }
        return kept.toString();
    }

    /** 1..6 for an ATX heading, 1 or 2 for a setext title (underlined with = or -), 0 for no heading. */
    private static int headingLevel(String[] lines, int i) {
        Matcher atx = ATX.matcher(lines[i]);
        if (atx.matches()) {
            return atx.group(1).length();
        }
        if (i + 1 < lines.length && !lines[i].isBlank() && UNDERLINE.matcher(lines[i + 1]).matches()
                && !lines[i].startsWith("---")) {
            return lines[i + 1].startsWith("=") ? 1 : 2;
        }
        return 0;
    }

    private static String headingText(String[] lines, int i) {
        Matcher atx = ATX.matcher(lines[i]);
        return (atx.matches() ? atx.group(2) : lines[i]).replace("\r", "").strip();
    }

    /** The first line of the section that is not its title, for showing the declaration. */
    static String firstLine(String section) {
        boolean title = true;
        for (String line : section.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (title) {
                title = false;
                continue;
            }
            if (!UNDERLINE.matcher(line).matches()) {
                return line.strip();
            }
        }
        return "";
    }

    /** The 1-based line of the section title. */
    static int titleLine(String section) {
        String[] lines = section.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }
}
