package org.licenselens.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parsing of the plain-text parts of corpus files: front-matter delimiting and required-phrase markers. */
final class CorpusText {
    /** Keys become tokens of license expressions, so they must not contain spaces or parentheses. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
    private static final String DELIMITER = "---";
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private CorpusText() {
    }

    /** A corpus file cut in two: the YAML between the {@code ---} lines and the text after them. */
    record Parts(String frontMatter, String text) {
    }

    /** A rule text with its required-phrase markers removed and their ranges recorded. */
    record Marked(String text, List<Span> phrases) {
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    static void requireKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("license key must be letters, digits and . _ + -, was: " + key);
        }
    }

    static void requirePercent(int value, String what) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(what + " must be 0..100, was " + value);
        }
    }

    /**
     * Splits a corpus file into front matter and text. The first line must be {@code ---}; the front matter ends
     * at the next line that is {@code ---}. Lines may end in LF or CRLF (a few corpus files use CRLF). The text
     * is everything after the closing line, minus the run of line breaks right after it, otherwise verbatim so
     * that offsets into it stay meaningful.
     */
    static Parts split(String content) throws CorpusFormatException {
        int start = content.startsWith("\uFEFF") ? 1 : 0;
        int firstEnd = lineEnd(content, start);
        if (!isDelimiter(content, start, firstEnd)) {
            throw new CorpusFormatException("no front matter: the first line must be '---'");
        }
        int lineStart = nextLine(content, firstEnd);
        while (lineStart < content.length()) {
            int end = lineEnd(content, lineStart);
            if (isDelimiter(content, lineStart, end)) {
                String yaml = content.substring(nextLine(content, firstEnd), lineStart);
                return new Parts(yaml, content.substring(skipLineBreaks(content, nextLine(content, end))));
            }
            lineStart = nextLine(content, end);
        }
        throw new CorpusFormatException("front matter is not closed: no second line '---'");
    }

    /**
     * Removes <code>{{</code> and <code>}}</code> markers and records the ranges they enclosed.
     *
     * @throws CorpusFormatException if markers nest, do not pair up, or enclose nothing
     */
    static Marked requiredPhrases(String marked) throws CorpusFormatException {
        if (!marked.contains(OPEN) && !marked.contains(CLOSE)) {
            return new Marked(marked, List.of());
        }
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> phrases = new ArrayList<>();
        int open = -1;
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith(OPEN, i)) {
                if (open >= 0) {
                    throw markerProblem("nested '{{'", marked, i);
                }
                open = text.length();
                i += OPEN.length();
            } else if (marked.startsWith(CLOSE, i)) {
                if (open < 0) {
                    throw markerProblem("'}}' without '{{'", marked, i);
                }
                if (open == text.length()) {
                    throw markerProblem("empty required phrase '{{}}'", marked, i);
                }
                phrases.add(new Span(open, text.length()));
                open = -1;
                i += CLOSE.length();
            } else {
                text.append(marked.charAt(i++));
            }
        }
        if (open >= 0) {
            throw new CorpusFormatException("required phrase '{{' is never closed with '}}'");
        }
        return new Marked(text.toString(), phrases);
    }

    private static CorpusFormatException markerProblem(String what, String text, int offset) {
        return new CorpusFormatException("required phrase markers: " + what + " at offset " + offset + " of the text");
    }

    private static boolean isDelimiter(String s, int from, int to) {
        int end = to > from && s.charAt(to - 1) == '\r' ? to - 1 : to;
        return s.startsWith(DELIMITER, from) && end - from == DELIMITER.length();
    }

    /** Returns the index of the {@code \n} ending the line at {@code from}, or the string length. */
    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static int nextLine(String s, int lineEnd) {
        return Math.min(lineEnd + 1, s.length());
    }

    private static int skipLineBreaks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
