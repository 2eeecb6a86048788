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
    void aLeadInWithTheRestrictionsWordsOpensItsListWhateverTheModelScores() {
        // Models trained on one negative example score every clause 0: only the list rules can flag.
        FlagModels silent = FlagModels.train(List.of(new FlagModels.Example(new String[] {"bias"}, java.util.Set.of())));
        ClauseAnalyzer rulesAlone = ClauseAnalyzer.of(silent);
        String text = """
                Customers may not use the Service for any of the following:

                Surveillance

                The illegal sale of the personal data of minors, including their names, home addresses and school
                records, to advertisers.

                Any other criminal activity

                You may share the Service with your colleagues.
                """;
        assertEquals(List.of("Customers may not use the Service for any of the following:", "Surveillance",
                "The illegal sale of the personal data of minors, including their names, home addresses and school\n"
                        + "records, to advertisers.", "Any other criminal activity"),
                rulesAlone.analyze(text, null, false).flags().stream().filter(f -> f.type() == FlagType.USE_RESTRICTION)
                        .map(f -> f.text().strip()).toList());
    }

    @Test
    void itemsThatContinueTheirLeadInsSentenceWithAnAuxiliaryAreItemsToo() {
        FlagModels silent = FlagModels.train(List.of(new FlagModels.Example(new String[] {"bias"}, java.util.Set.of())));
        String text = """
                The Work shall not be used to publish or sell any picture or recording that:

                is cruel to animals

                glorifies self-harm

                You may print the Work for your own use.
                """;
        assertEquals(List.of("The Work shall not be used to publish or sell any picture or recording that:",
                "is cruel to animals", "glorifies self-harm"),
                ClauseAnalyzer.of(silent).analyze(text, null, false).flags().stream()
                        .filter(f -> f.type() == FlagType.USE_RESTRICTION).map(f -> f.text().strip()).toList());
    }

    @Test
    void aFragmentOfAFewWordsGetsNoFlagFromTheModelsPriorAlone() {
        String text = "UNICODE, INC.\n\nUnicode 6.0, Unicode 8.0\n";
        assertEquals(List.of(), ANALYZER.analyze(text, null, false).flags());
    }
}
