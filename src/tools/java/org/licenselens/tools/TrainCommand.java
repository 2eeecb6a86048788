package org.licenselens.tools;

import java.nio.file.Path;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import org.licenselens.clause.train.TrainClauseModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licenselens train}: rebuilds the clause models from the annotations and the corpus, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain models/*.bin from corpus/annotations and the license corpus (byte-identical output "
                + "for the same inputs).")
public final class TrainCommand implements ToolCommand {
    @Mixin
    ClauseDataOptions data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
            description = "Where the models go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainClauseModels.main(data.arguments("--out", out.toString()));
        return ExitCodes.OK;
    }
}
