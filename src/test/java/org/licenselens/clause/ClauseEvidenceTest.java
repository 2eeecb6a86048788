package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
