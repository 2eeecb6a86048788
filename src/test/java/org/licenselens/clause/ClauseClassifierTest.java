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

    // The tagger reads imperative items ("Gather ...", "Interact with ...") as nouns, and a relative clause ("tools
    // designed to") as a subject and its verb: inside an open list, a clause with no full stop is an item anyway.
    @Test
    void anItemWithoutAFullStopStaysInItsListWhateverItsTagsAndASentenceEndsIt() {
        FlagModels silent = FlagModels.train(List.of(new FlagModels.Example(new String[] {"bias"}, java.util.Set.of())));
        String text = """
                You agree that you will not use the Model to:

                Develop weapons

                Gather or infer the health records of individuals unless you have obtained their consent

                Interact with third party tools designed to generate content that is unlawful

                Circumvent or remove the safety measures built into the Model

                Circumvent the licence key check of the Software

                You may share the Model with your colleagues for research.

                Operate heavy machinery
                """;
        assertEquals(List.of("You agree that you will not use the Model to:", "Develop weapons",
                "Gather or infer the health records of individuals unless you have obtained their consent",
                "Interact with third party tools designed to generate content that is unlawful",
                "Circumvent or remove the safety measures built into the Model"),
                ClauseAnalyzer.of(silent).analyze(text, null, false).flags().stream()
                        .filter(f -> f.type() == FlagType.USE_RESTRICTION).map(f -> f.text().strip()).toList());
    }

    @Test
    void aFragmentOfAFewWordsGetsNoFlagFromTheModelsPriorAlone() {
        String text = "UNICODE, INC.\n\nUnicode 6.0, Unicode 8.0\n";
        assertEquals(List.of(), ANALYZER.analyze(text, null, false).flags());
    }

    // With models that score every clause 1, only the rules stand between a clause and a flag: these clauses must
    // stay unflagged however sure a model is, while a clear restriction beside each is flagged.
    @Test
    void theLawRestatedAndABarePlaceNameAreNeverFlaggedOnTheModelsWordAlone() {
        List<FlagModels.Example> yes = List.of(
                new FlagModels.Example(new String[] {"bias"}, java.util.EnumSet.allOf(FlagType.class)),
                new FlagModels.Example(new String[] {"bias"}, java.util.EnumSet.allOf(FlagType.class)),
                new FlagModels.Example(new String[] {"never-in-a-clause"}, java.util.Set.of()),
                new FlagModels.Example(new String[] {"never-in-a-clause"}, java.util.Set.of()));
        ClauseAnalyzer sure = ClauseAnalyzer.of(FlagModels.train(yes));
        java.util.function.BiFunction<String, FlagType, Boolean> flags = (text, type) ->
                sure.analyze(text, null, false).flags().stream().anyMatch(f -> f.type() == type);
        assertEquals(false, flags.apply("You shall not use the Model for any unlawful purposes under the applicable "
                + "law.", FlagType.USE_RESTRICTION));
        assertEquals(true, flags.apply("You shall not use the Model for any unlawful purposes or to build weapons.",
                FlagType.USE_RESTRICTION));
        assertEquals(false, flags.apply("Australia.", FlagType.GEOGRAPHIC_EXCLUSION));
        assertEquals(true, flags.apply("Licensees based in Australia may not use the Model.",
                FlagType.GEOGRAPHIC_EXCLUSION));
    }
}
