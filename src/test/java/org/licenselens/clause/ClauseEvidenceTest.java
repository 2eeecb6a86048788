package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The cue patterns, on wordings of each concept that share few words with one another. */
class ClauseEvidenceTest {

    private static boolean bansTraining(String clause) {
        return ClauseEvidence.of(ClauseFeatures.reading(clause)).trainingBanCue();
    }

    @Test
    void aTrainingBanIsReadWhateverItsWordOrder() {
        // Learning from outputs with no model named, the model named before its training, "for use in developing".
        assertTrue(bansTraining("Licensee must not fine-tune on, or otherwise learn from, the Responses."));
        assertTrue(bansTraining("Using the Outputs for a rival LLM's fine-tuning is strictly prohibited."));
        assertTrue(bansTraining("The Weights are not licensed for use in developing any other language model."));
        assertTrue(bansTraining("You shall not apply the completions to teach a third party's model."));
    }

    @Test
    void creatingADerivativeOrAVendorsOwnTrainingIsNoTrainingBan() {
        assertFalse(bansTraining("Without a licence you have no right to use, share or create a Derivative of the "
                + "Model."));
        assertFalse(bansTraining("You can switch off the use of your chats for model training in your settings."));
    }

    @Test
    void aProhibitionWordedWithOtherVerbsOfUseIsAFieldOfUseCue() {
        assertTrue(ClauseEvidence.of("Licensees are barred from deploying the Model in hiring decisions.")
                .fieldOfUseCue());
        assertTrue(ClauseEvidence.of("You do not use the Work to run a casino.").fieldOfUseCue());
        assertFalse(ClauseEvidence.of("You may use the Work for any purpose.").fieldOfUseCue());
    }

    // A gate that stays closed on a clause its pattern matches would change a cue: each gate must be a necessary
    // condition of its pattern, on every clause of every tenth corpus license.
    @Test
    @Tag("slow") // segments and reads about 10,000 corpus clauses
    void everyGateOpensWhereItsPatternMatches() throws IOException {
        ClauseSegmenter segmenter = new ClauseSegmenter();
        List<Path> files;
        try (Stream<Path> s = Files.list(Corpus.root().resolve("scancode-licensedb"))) {
            files = s.sorted().toList();
        }
        List<String> wrong = new ArrayList<>();
        int clauses = 0;
        for (int i = 0; i < files.size(); i += 10) {
            for (Clause c : segmenter.segment(Files.readString(files.get(i)))) {
                clauses++;
                List<String> closed = ClauseEvidence.closedGatesThatMatch(c.text());
                if (!closed.isEmpty()) {
                    wrong.add(closed + ": " + c.text());
                }
            }
        }
        assertTrue(clauses > 5_000, clauses + " clauses");
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " clauses");
    }
}
