package org.licenselens.clause.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.ClauseSegmenter;
import org.licenselens.clause.FlagType;

@Tag("slow") // trains all ten models, about a minute
class TrainClauseModelsTest {

    private static final Path CORPUS = Path.of(System.getProperty("licenselens.corpus", "../shared/corpus"));

    // The committed models must be what `train` makes of the committed data: a model trained on other features,
    // or a trainer whose output varies from run to run, fails here.
    @Test
    void retrainingFromTheCommittedDataRebuildsTheCommittedModelsByteForByte(@TempDir Path out)
            throws IOException {
        ClauseSegmenter segmenter = new ClauseSegmenter();
        var data = TrainClauseModels.load(CORPUS, Path.of("corpus/annotations"), segmenter);
        TrainClauseModels.train(data, segmenter).write(out);
        for (FlagType type : FlagType.values()) {
            String file = type.jsonName() + ".bin";
            assertArrayEquals(Files.readAllBytes(Path.of("models", file)), Files.readAllBytes(out.resolve(file)),
                    file + " differs from a retraining; run licenselens train and commit the models");
        }
    }
}
