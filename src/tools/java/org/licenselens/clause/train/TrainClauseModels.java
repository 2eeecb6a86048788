package org.licenselens.clause.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.licenselens.clause.ClauseFeatures;
import org.licenselens.clause.ClauseSegmenter;
import org.licenselens.clause.FlagModels;

/**
 * Rebuilds {@code models/*.bin} from the annotations, deterministically (same inputs, byte-identical models).
 *
 * <p>Usage: {@code TrainClauseModels --corpus DIR --annotations DIR --out DIR}
 */
public final class TrainClauseModels {

    private TrainClauseModels() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args, "--corpus", "--annotations", "--out");
        ClauseSegmenter segmenter = new ClauseSegmenter();
        List<TrainingData.LabelledClause> data = load(a.path("--corpus"), a.path("--annotations"), segmenter);
        FlagModels models = train(data, segmenter);
        models.write(a.path("--out"));
        System.out.println("trained " + data.size() + " clauses into " + a.path("--out"));
    }

    /** Reads the annotated clauses followed by the open-license negatives. */
    static List<TrainingData.LabelledClause> load(Path corpus, Path annotations, ClauseSegmenter segmenter)
            throws java.io.IOException {
        List<TrainingData.LabelledClause> data = new ArrayList<>(TrainingData.read(annotations, corpus));
        data.addAll(TrainingData.openNegatives(corpus, segmenter));
        return data;
    }

    /** Trains the flag models on {@code data} in its order. */
    static FlagModels train(List<TrainingData.LabelledClause> data, ClauseSegmenter segmenter) {
        return FlagModels.train(examples(data, segmenter));
    }

    /**
     * Returns the training example of each clause, in order. Features depend on the clause alone, so an evaluation
     * computes them once and trains each fold on a subset.
     */
    static List<FlagModels.Example> examples(List<TrainingData.LabelledClause> data, ClauseSegmenter segmenter) {
        return data.parallelStream()
                .map(c -> new FlagModels.Example(ClauseFeatures.of(segmenter, c.clause().text()), c.labels()))
                .toList();
    }
}
