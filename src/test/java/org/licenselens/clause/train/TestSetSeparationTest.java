package org.licenselens.clause.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.licenselens.clause.FlagType;

/**
 * The held-out test set measures the flags on wordings the models never saw, so no training clause may be a copy
 * or a near copy of a test sentence, and the set must keep the size and mix it was written with.
 */
class TestSetSeparationTest {

    private static final Path CORPUS = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));
    static final Path TEST_SET = Path.of("corpus/clause-testset/paraphrases.jsonl");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    /** Word-set overlap (Jaccard) above which two sentences count as the same sentence reworded slightly. */
    private static final double NEAR_COPY = 0.6;

    @Test
    @Tag("slow") // reads and compares every training clause
    void noTrainingClauseCopiesATestSentence() throws IOException {
        List<Set<String>> test = TrainingData.readWritten(TEST_SET).stream().map(c -> words(c.clause().text()))
                .toList();
        List<String> copies = new ArrayList<>();
        for (TrainingData.LabelledClause c : TrainingData.read(Path.of("corpus/annotations"), CORPUS)) {
            Set<String> w = words(c.clause().text());
            if (w.size() >= 4 && test.stream().anyMatch(t -> jaccard(w, t) > NEAR_COPY)) {
                copies.add(c.key() + ": " + c.clause().text());
            }
        }
        assertEquals(List.of(), copies.stream().limit(10).toList(), copies.size() + " training clauses copy the test set");
    }

    @Test
    void theTestSetHasItsQuotas() throws IOException {
        List<TrainingData.LabelledClause> test = TrainingData.readWritten(TEST_SET);
        assertTrue(test.size() >= 300, test.size() + " sentences");
        assertTrue(test.stream().filter(c -> c.labels().isEmpty()).count() >= 120, "hard negatives");
        for (FlagType t : FlagType.values()) {
            long n = test.stream().filter(c -> c.labels().contains(t)).count();
            assertTrue(n >= (t.isCore() ? 30 : 15), n + " positives of " + t.jsonName());
        }
    }

    /** The distinct ASCII words, lower-cased: what "the same sentence" means for the separation check. */
    static Set<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                .collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
