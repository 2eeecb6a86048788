package org.licenselens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquivalentPhraseFilterTest {
    private static List<String> terms(String text) {
        return Analysis.folded(text, s -> new EquivalentPhraseFilter(new EquivalentWordsFilter(s)));
    }

    @Test
    void splitWordsAreJoined() {
        assertEquals(List.of("may", "sublicense", "it"), terms("may sub-license it"));
        assertEquals(List.of("may", "sublicense", "it"), terms("may sub license it"));
        assertEquals(List.of("sublicensee", "sublicensable"), terms("sub-licencee sub\u2013licensable"));
        assertEquals(List.of("noncommercial", "use"), terms("non-commercial use"));
        assertEquals(List.of("ten", "percent"), terms("ten per cent"));
        assertEquals(terms("sublicense noncommercial percent"), terms("sub-license non commercial per cent"));
    }

    @Test
    void ownerBecomesHolderOnlyAfterCopyright() {
        assertEquals(List.of("the", "copyright", "holder", "and", "owners"), terms("the copyright owner and owners"));
        assertEquals(List.of("copyright", "holders"), terms("COPYRIGHT OWNERS"));
        assertEquals(List.of("the", "owner", "of", "copyright"), terms("the owner of copyright"));
    }

    @Test
    void prefixWordsWithOtherFollowersStay() {
        assertEquals(List.of("sub", "directory", "non", "exclusive", "per", "year", "sub"),
                terms("sub directory non exclusive per year sub"));
    }

    @Test
    void joinedTermSpansBothWords() {
        String text = "may sub-license it";
        Tokens tokens = TextNormalizer.tokenize(text);
        assertEquals("sub-license", text.substring(tokens.startOffsets()[1], tokens.endOffsets()[1]));
    }
}
