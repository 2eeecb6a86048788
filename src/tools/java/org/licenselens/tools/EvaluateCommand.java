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

    @Override
    public Integer call() throws Exception {
        EvaluateClauseModels.main(data.arguments("--testset", testSet.toString(), "--out", out.toString()));
        return ExitCodes.OK;
    }
}
