package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same license text in another layout must give the same terms: re-wrapped to 40 columns, commented,
 * paragraph-numbered, in British spelling, with curly quotes and en-dashes, upper-cased and under a new
 * copyright statement.
 */
class LayoutInvarianceTest {
    private static final int SAMPLE = 50;
    private static final int WIDTH = 40;
    private static final Pattern WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}]");
    /**
     * Words that a line start turns into layout: list markers and copyright statements. The re-wrapper keeps a
     * line break before them where the original has one and never adds one, as a careful reformatter would;
     * at a line start such words are legitimately read as layout, mid-line as content.
     */
    private static final Pattern LINE_SENSITIVE = Pattern.compile(
            "(?i)[^\\p{L}\\p{N}(§©]*(\\(?(\\d{1,3}(\\.\\d{1,3})*|\\p{L}|[ivxl]{2,6})[.)]|\\((\\d{1,3}|\\p{L}|[ivxl]{2,6})\\)\\S*|§\\S*"
                    + "|copyright\\S*|©\\S*|all|rem|dnl)");

    /** Copyright statements and their "All rights reserved" stay lines of their own, and unnumbered. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)[^\\p{L}\\p{N}(©]*(copyright|©|\\(c\\)|all rights reserved)");

    static Stream<Path> sample() {
        List<Path> files = CorpusTexts.licenseFiles().stream()
                .filter(p -> CorpusTexts.body(p).length() >= 300)
                .toList();
        int step = Math.max(1, files.size() / SAMPLE);
        List<Path> picked = new ArrayList<>();
        for (String key : List.of("mit", "bsd-new", "apache-2.0", "gpl-2.0", "lgpl-2.1", "mpl-2.0")) {
            picked.add(CorpusTexts.licenseDir().resolve(key + ".LICENSE"));
        }
        for (int i = 0; i < files.size() && picked.size() < SAMPLE; i += step) {
            picked.add(files.get(i));
        }
        return picked.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sample")
    void reformattedTextGivesSameTerms(Path file) {
        String original = CorpusTexts.body(file);
        String variant = variant(original, file.getFileName().toString().hashCode());

        List<String> expected = Arrays.asList(TextNormalizer.tokenize(original).terms());
        List<String> actual = Arrays.asList(TextNormalizer.tokenize(variant).terms());

        assertFalse(expected.isEmpty(), "no terms in " + file);
        assertTrue(expected.equals(actual), () -> firstDifference(expected, actual));
    }

    static String variant(String text, int seed) {
        String prefix = (seed & 1) == 0 ? "// " : " * ";
        List<String> lines = new ArrayList<>();
        lines.add("Copyright (c) 2024 Someone");
        lines.add("");
        int paragraph = 0;
        for (List<String> para : paragraphs(text)) {
            List<String> wrapped = rewrap(para);
            if (!STATEMENT.matcher(wrapped.get(0)).lookingAt()) {
                wrapped.set(0, ++paragraph + ". " + wrapped.get(0));
            }
            lines.addAll(wrapped);
            lines.add("");
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isEmpty() ? prefix.stripTrailing() : prefix + line).append('\n');
        }
        return curlyQuotes(out.toString().toUpperCase(Locale.ROOT).replace("LICENSE", "LICENCE")).replace('-', '–');
    }

    /** Splits into paragraphs at lines without letters or digits (blank lines, rulers). */
    private static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (WORD_CHAR.matcher(line).find()) {
                current.add(line.strip());
            } else if (!current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static List<String> rewrap(List<String> paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String source : paragraph) {
            String[] words = source.split("\\s+");
            if (STATEMENT.matcher(source).lookingAt()) {
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(source);
                continue;
            }
            if (!line.isEmpty() && LINE_SENSITIVE.matcher(firstContentWord(words)).matches()) {
                out.add(line.toString());
                line.setLength(0);
            }
            for (String word : words) {
                boolean fits = line.length() + 1 + word.length() <= WIDTH;
                if (!line.isEmpty() && !fits && !LINE_SENSITIVE.matcher(word).matches()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Skips decoration such as Markdown "##" or bullets before the first word with letters or digits. */
    private static String firstContentWord(String[] words) {
        for (String word : words) {
            if (WORD_CHAR.matcher(word).find()) {
                return word;
            }
        }
        return "";
    }

    private static String curlyQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else if (c == '\'') {
                out.append('\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        int from = Math.max(0, i - 5);
        return "first difference at term " + i + ": expected " + expected.subList(from, Math.min(expected.size(), i + 8))
                + " but got " + actual.subList(from, Math.min(actual.size(), i + 8));
    }
}
