package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordClassTest {

    // The classes of a word become features in the order they iterate; an order salted per JVM made every
    // retraining write different models.
    @Test
    void theClassesOfEveryListedWordIterateInEnumOrder() {
        int several = 0;
        for (WordClass c : WordClass.values()) {
            for (String word : c.words()) {
                Set<WordClass> classes = WordClass.of(word, word);
                List<WordClass> sorted = new ArrayList<>(classes);
                sorted.sort(null);
                assertEquals(sorted, new ArrayList<>(classes), word);
                several += classes.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(several > 5, "too few words with several classes to show the order: " + several);
    }
}
