package org.licenselens.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagModelsTest {

    @Test
    void theOnePassScoresAreBitForBitEachModelsOwn() {
        Random random = new Random(7);
        List<FlagModels.Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Set<FlagType> labels = EnumSet.noneOf(FlagType.class);
            // Revenue and pass-through get no positive example, so they get no model and must score 0.
            for (FlagType type : List.of(FlagType.USE_RESTRICTION, FlagType.TRAINING_BAN, FlagType.NON_COMMERCIAL)) {
                if (random.nextInt(4) == 0) {
                    labels.add(type);
                }
            }
            examples.add(new FlagModels.Example(features(random, labels.size()), labels));
        }
        FlagModels models = FlagModels.train(examples);
        for (int i = 0; i < 200; i++) {
            String[] features = features(random, random.nextInt(3));
            double[] all = models.probabilities(features);
            for (FlagType type : FlagType.values()) {
                assertEquals(models.probability(type, features), all[type.ordinal()], 0.0, type + " at " + i);
            }
            assertEquals(0.0, all[FlagType.REVENUE_THRESHOLD.ordinal()]);
        }
    }

    // Features shared by every label, some tied to the label count, and some no model has seen.
    private static String[] features(Random random, int signal) {
        List<String> features = new ArrayList<>(List.of("bias"));
        for (int j = 0; j < 8; j++) {
            features.add("w=" + random.nextInt(40));
        }
        features.add("signal=" + signal);
        features.add("unseen=" + random.nextInt(1_000_000));
        return features.toArray(String[]::new);
    }
}
