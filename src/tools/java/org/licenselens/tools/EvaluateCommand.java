package org.licenselens.tools;

import java.nio.file.Path;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import org.licenselens.clause.train.EvaluateClauseModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licenselens evaluate}: cross-validates the clause models by license family and scores them on the
 * held-out test set, writing {@code models/EVALUATION.md}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Cross-validate the clause models by license family and score them on the held-out test "
                + "set; writes OUT/EVALUATION.md.")
public final class EvaluateCommand implements ToolCommand {
    @Mixin
    ClauseDataOptions data;

    @Option(names = "--testset", paramLabel = "FILE", defaultValue = "corpus/clause-testset/paraphrases.jsonl",
            description = "Held-out sentences, never trained on (default: ${DEFAULT-VALUE}).")
    Path testSet;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
            description = "Where EVALUATION.md goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Only score the test set with the trained models in DIR and the shipped bars (no "
                    + "cross-validation, no training); prints the table.")
    Path models;

    @Override
    public Integer call() throws Exception {
        if (models != null) {
            EvaluateClauseModels.main(new String[] {"--models", models.toString(), "--testset", testSet.toString()});
            return ExitCodes.OK;
        }
        EvaluateClauseModels.main(data.arguments("--testset", testSet.toString(), "--out", out.toString()));
        return ExitCodes.OK;
    }
}
