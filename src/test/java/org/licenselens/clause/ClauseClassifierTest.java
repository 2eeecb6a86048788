package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier's decisions that read more than one clause's score: list items and fragments. */
class ClauseClassifierTest {
    private static final ClauseAnalyzer ANALYZER = ClauseAnalyzer.shared();

    private static List<String> flagged(String text, FlagType type) {
        return ANALYZER.analyze(text, null, false).flags().stream().filter(f -> f.type() == type)
                .map(f -> f.text().strip()).toList();
    }

    @Test
    void itemsOfAProhibitedUseListRestrictThroughTheirLeadInUntilASentenceOfItsOwn() {
        String text = """
                You agree that you will not use the Model, or let others use it, for any of the following:

                Sexual solicitation

                Developing or selling weapons or explosives

                Any other criminal activity

                You may share the Model with your colleagues for research.
                """;
        assertEquals(List.of("You agree that you will not use the Model, or let others use it, for any of the following:",
                "Sexual solicitation", "Developing or selling weapons or explosives", "Any other criminal activity"),
                flagged(text, FlagType.USE_RESTRICTION));
    }

    @Test
    void aFragmentOfAFewWordsGetsNoFlagFromTheModelsPriorAlone() {
        String text = "UNICODE, INC.\n\nUnicode 6.0, Unicode 8.0\n";
        assertEquals(List.of(), ANALYZER.analyze(text, null, false).flags());
    }
}
