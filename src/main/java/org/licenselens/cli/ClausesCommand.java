package org.licenselens.cli;

import org.licenselens.analysis.ClauseMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.licenselens.LicenseLens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licenselens clauses FILE...}: what each license text does, flag by flag, with its evidence. */
@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "Flag use restrictions, user-count thresholds, geographic exclusions, training bans and more "
                + "in each FILE, with the clause as evidence, and judge whether it can be Open Source (OSD).",
        footer = {"", "Exit codes: 0 all files analysed, 1 some files could not be read,",
                "2 bad usage (a path that does not exist or is a folder among them),",
                "130 interrupted (SIGINT), 143 terminated (SIGTERM).",
                "Arguments starting with @ name a file listing more arguments, one per line."})
final class ClausesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "License files to analyse.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        return IdentifyCommand.run(common, output, files, format, false, false, ClauseMode.ALL);
    }
}
