package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern STATEMENT_START = Pattern.compile("(?i)^[^\\p{L}\\p{N}©]*(copyright|©|\\(c\\))");
    private static final Pattern STATEMENT_EVIDENCE = Pattern.compile("(?i)\\b(19|20)\\d\\d\\b|©|\\(c\\)");

    private static List<String> terms(String text) {
        return List.of(TextNormalizer.tokenize(text).terms());
    }

    @Test
    void nullIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextNormalizer.tokenize(null));
        assertTrue(e.getMessage().contains("text"));
    }

    @Test
    void textWithoutWordsGivesNoTerms() {
        assertSame(Tokens.EMPTY, TextNormalizer.tokenize(""));
        assertEquals(0, TextNormalizer.tokenize(" // ---- \n * \n").size());
    }

    @Test
    void allStepsApplyInOnePass() {
        assertEquals(List.of("licensed", "under", "gpl", "2", "0+", "or", "later", "see", "http", "x", "org"),
                terms("// Copyright (c) 2024 Someone\n// All rights reserved.\n//\n// 1. Licensed under\n"
                        + "//    GPL-2.0+ or later; see HTTPS://x.org"));
        assertEquals(List.of("you", "must", "see", "copyright", "2004", "foo"), terms("(c) You must\nsee\u00A9 2004 Foo"));
    }

    @Test
    void offsetsPointAtTheWordsInTheOriginal() {
        String text = "\u00A9 2004 X\n(a) The Sub-licence \u00A9 owner: HTTPS://x";
        Tokens tokens = TextNormalizer.tokenize(text);
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            spans.add(tokens.term(i) + "=" + text.substring(tokens.startOffsets()[i], tokens.endOffsets()[i]));
        }
        assertEquals(List.of("the=The", "sublicense=Sub-licence", "copyright=\u00A9", "holder=owner", "http=HTTPS",
                "x=x"), spans);
    }

    /** Every word of the real texts survives, except those of copyright statement lines. */
    @ParameterizedTest
    @ValueSource(strings = {"bsd-new", "mit", "apache-2.0", "gpl-2.0", "lgpl-2.1", "mpl-2.0"})
    void operativeWordsOfCorpusTextsSurvive(String key) {
        String text = CorpusTexts.body(key);
        Map<String, Integer> have = counts(terms(text));
        Map<String, Integer> need = counts(plainWords(text));
        List<String> lost = new ArrayList<>();
        need.forEach((word, count) -> {
            if (have.getOrDefault(word, 0) < count) {
                lost.add(word + " " + have.getOrDefault(word, 0) + "/" + count);
            }
        });
        assertTrue(lost.isEmpty(), key + " lost " + lost);
    }

    /** Each term's span, read plainly, gives the term back unless a documented equivalence applies. */
    @ParameterizedTest
    @ValueSource(strings = {"bsd-new", "mit", "apache-2.0", "gpl-2.0"})
    void spansOfCorpusTermsReadAsTheTerm(String key) {
        String text = CorpusTexts.body(key);
        Tokens tokens = TextNormalizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            String span = text.substring(tokens.startOffsets()[i], tokens.endOffsets()[i]);
            String plain = span.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+]", "");
            String term = tokens.term(i);
            boolean equivalent = plain.equals(term) || (plain.equals("c") && term.equals("copyright"))
                    || (plain.startsWith("owner") && term.startsWith("holder")) || plain.equals("https");
            assertTrue(equivalent, key + ": term " + term + " from span '" + span + "' at " + tokens.startOffsets()[i]);
        }
    }

    @Test
    void concurrentCallsGiveTheSameTermsAsSequentialOnes() throws Exception {
        List<String> texts = CorpusTexts.licenseFiles().stream().limit(200).map(CorpusTexts::body).toList();
        List<Tokens> sequential = texts.stream().map(TextNormalizer::tokenize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Tokens>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> TextNormalizer.tokenize(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Words of four letters or more outside copyright statement lines, with the URL scheme normalized. */
    private static List<String> plainWords(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (STATEMENT_START.matcher(line).find() && STATEMENT_EVIDENCE.matcher(line).find()) {
                continue;
            }
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (word.length() >= 4 && !word.startsWith("owner")) {
                    words.add(word.equals("https") ? "http" : word);
                }
            }
        }
        return words;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
