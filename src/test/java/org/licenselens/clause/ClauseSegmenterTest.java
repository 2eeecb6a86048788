package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.licenselens.text.LineMap;

class ClauseSegmenterTest {

    private static final ClauseSegmenter SEGMENTER = new ClauseSegmenter();
    private static final Pattern LEADING_MARKER =
            Pattern.compile("^(?:\\d{1,3}\\.|[a-z]\\.|\\([a-z0-9ivx]+\\)|[-*#])\\s");

    @Test
    void clausesKeepOffsetsAndLinesOfTheOriginalText() {
        String text = Corpus.license("llama-2-license-2023");
        LineMap lines = LineMap.of(text);
        List<Clause> clauses = SEGMENTER.segment(text);
        assertTrue(clauses.size() > 30, "llama 2 has dozens of clauses, got " + clauses.size());
        for (Clause c : clauses) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            assertEquals(lines.lineOf(c.start()), c.startLine());
            assertEquals(lines.lineOf(c.end() - 1), c.endLine());
            assertFalse(LEADING_MARKER.matcher(c.text()).find(), "item marker kept in: " + c.text());
        }
        assertTrue(clauses.get(0).start() >= ClauseSegmenter.bodyStart(text), "front matter is not a clause");
    }

    @Test
    void hardWrappedItemStaysOneClauseAndLosesItsMarker() {
        String text = Corpus.license("llama-2-license-2023");
        Clause ban = clause(SEGMENTER.segment(text), "You will not use the Llama Materials or any output");
        assertTrue(ban.endLine() > ban.startLine(), "the §1.b.v item is wrapped over several lines");
        assertTrue(ban.text().strip().endsWith("thereof)."), ban.text());
    }

    @Test
    void rewrappingDoesNotChangeTheClauses() {
        String text = Corpus.license("llama-3.1-license-2024");
        String rewrapped = rewrap(text, ClauseSegmenter.bodyStart(text), 72);
        assertEquals(normalized(SEGMENTER.segment(text)), normalized(SEGMENTER.segment(rewrapped)));
    }

    @Test
    void renumberingItemsDoesNotChangeTheClauses() {
        String text = Corpus.license("llama-2-license-2023");
        String renumbered = Pattern.compile("(?m)^(\\s*)([a-z]|[ivx]{1,4})\\. ").matcher(text).replaceAll("$1($2) ");
        assertTrue(!renumbered.equals(text), "the text has lettered items to renumber");
        assertEquals(normalized(SEGMENTER.segment(text)), normalized(SEGMENTER.segment(renumbered)));
    }

    @Test
    void markdownHeadingsAndBulletsAreBoundariesNotText() {
        String mit = Corpus.license("mit");
        String body = mit.substring(ClauseSegmenter.bodyStart(mit)).strip();
        StringBuilder md = new StringBuilder("# MIT License\n\n");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            md.append("- ").append(paragraph.strip().replace("\n", " ")).append('\n');
        }
        List<Clause> clauses = SEGMENTER.segment(md.toString());
        assertEquals("MIT License", clauses.get(0).text());
        assertTrue(clauses.stream().noneMatch(c -> c.text().startsWith("-") || c.text().startsWith("#")));
        assertTrue(clauses.stream().anyMatch(c -> c.text().startsWith("Permission is hereby granted")));
        assertTrue(clauses.stream().anyMatch(c -> c.text().startsWith("THE SOFTWARE IS PROVIDED")));
    }

    @Test
    void allCapsHeadingIsItsOwnClauseButShoutedParagraphIsNot() {
        String text = Corpus.license("llama-2-license-2023");
        List<Clause> clauses = SEGMENTER.segment(text);
        assertTrue(clauses.stream().anyMatch(c -> c.text().equals("LLAMA 2 COMMUNITY LICENSE AGREEMENT")));
        Clause disclaimer = clause(clauses, "UNLESS REQUIRED BY APPLICABLE LAW");
        assertTrue(disclaimer.endLine() > disclaimer.startLine(), "the wrapped disclaimer is one clause");
    }

    @Test
    void definitionsStartNewClauses() {
        String text = Corpus.license("llama-2-license-2023");
        List<Clause> clauses = SEGMENTER.segment(text);
        assertTrue(clauses.stream().anyMatch(c -> c.text().startsWith("\"Agreement\" means")));
        assertTrue(clauses.stream().anyMatch(c -> c.text().startsWith("\"Documentation\" means")));
    }

    @Test
    void tokenizesWithTheEnglishModel() {
        assertEquals(List.of("You", "may", "not", "use", "it", "."),
                List.of(SEGMENTER.tokenize("You may not use it.")));
    }

    private static Clause clause(List<Clause> clauses, String prefix) {
        return clauses.stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause starts with " + prefix));
    }

    private static List<String> normalized(List<Clause> clauses) {
        return clauses.stream().map(c -> c.text().replaceAll("\\s+", " ")).toList();
    }

    // Re-wraps every long line after `from` at about `width` columns by turning spaces into line breaks, so the
    // offsets of all words stay the same.
    private static String rewrap(String text, int from, int width) {
        char[] chars = text.toCharArray();
        int column = 0;
        int lastSpace = -1;
        for (int i = from; i < chars.length; i++) {
            if (chars[i] == '\n') {
                column = 0;
                lastSpace = -1;
                continue;
            }
            if (chars[i] == ' ') {
                lastSpace = i;
            }
            if (++column > width && lastSpace > 0 && !startsItem(chars, lastSpace + 1)) {
                chars[lastSpace] = '\n';
                column = i - lastSpace;
                lastSpace = -1;
            }
        }
        return new String(chars);
    }

    // A writer re-wrapping by hand would not start a line with "(A)" or "1." mid-sentence either.
    private static boolean startsItem(char[] chars, int at) {
        String ahead = new String(chars, at, Math.min(8, chars.length - at));
        return ahead.matches("(?s)^(?:\\(\\w{1,4}\\)|\\w{1,3}[.)]|[-*+#]|[\"\u201C]).*");
    }
}
