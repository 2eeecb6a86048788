package org.licenselens.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.licenselens.text.LineMap;
import org.licenselens.index.Reference;
import org.licenselens.index.ReferenceKind;
import org.licenselens.text.TextNormalizer;
import org.licenselens.text.Tokens;

/** Verbatim matching on made-up term ids, so that every case of the key table and the text hash is reachable. */
class ExactMatcherTest {
    private static Reference ref(int id, int titleLength, int... ids) {
        return new Reference(id, "r" + id, "key" + id, id == 3 ? ReferenceKind.CLUE : ReferenceKind.LICENSE, 100,
                false, 0, ids, titleLength, List.of());
    }

    /** A query of one word per id, so that tokens line up with {@code ids}. */
    private static Query query(int... ids) {
        String text = String.join(" ", IntStream.range(0, ids.length).mapToObj(i -> "w").toList());
        Tokens tokens = TextNormalizer.tokenize(text);
        assertEquals(ids.length, tokens.size());
        return new Query(text, tokens, ids, LineMap.of(text));
    }

    private static List<String> found(ExactMatcher matcher, Query query) {
        return matcher.match(query).stream()
                .sorted(Comparator.comparingInt(LicenseMatch::queryStart).thenComparing(LicenseMatch::expression))
                .map(m -> m.expression() + "@" + m.queryStart() + "+" + m.matchedLength()).toList();
    }

    private final ExactMatcher matcher = new ExactMatcher(List.of(
            ref(0, 0, 1, 2, 3, 4, 5, 6, 7, 8),          // long text
            ref(1, 0, 1, 2, 3, 4, 5, 6, 7, 9),          // same first six terms, differs at the end
            ref(2, 2, 20, 21, 30, 31, 32),              // short, with a two-term title
            ref(3, 0, 40, 41, 42, 43, 44, 45, 46),      // a clue: never matched verbatim
            ref(4, 0, 50)));                            // a one-term text

    @Test
    void findsEveryOccurrenceOfEachText() {
        assertEquals(List.of("key0@0+8", "key0@9+8", "key1@17+8"),
                found(matcher, query(1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 9)));
    }

    @Test
    void aTextSharingTheKeyButNotTheRestDoesNotMatch() {
        assertEquals(List.of(), found(matcher, query(1, 2, 3, 4, 5, 6, 7, 10)));
        assertEquals(List.of(), found(matcher, query(1, 2, 3, 4, 5, 6, 7)), "cut short at the end of the query");
    }

    @Test
    void aTextMatchesWithOrWithoutItsTitle() {
        // With its title the body matches too; choosing between overlapping matches is the detector's job.
        assertEquals(List.of("key2@1+5", "key2@3+3"), found(matcher, query(0, 20, 21, 30, 31, 32, 0)));
        assertEquals(List.of("key2@1+3"), found(matcher, query(0, 30, 31, 32, 0)));
    }

    @Test
    void shortTextsAndUnknownTermsAndCluesBehave() {
        assertEquals(List.of("key4@1+1", "key4@3+1"), found(matcher, query(-1, 50, -1, 50)));
        assertEquals(List.of(), found(matcher, query(40, 41, 42, 43, 44, 45, 46)), "clues are only candidates");
        assertEquals(List.of(), found(matcher, query()));
    }
}
