package org.licenselens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.licenselens.report.ReportOutput;
import picocli.CommandLine.Option;

/** Where a subcommand's report goes: {@code --output FILE}, replaced atomically, else standard output. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output. FILE is replaced atomically "
                    + "(temp file, fsync, rename): an interrupted run leaves the previous report as it was.")
    Path output;

    /**
     * Opens the report output, refusing a FILE that is one of the inputs: the report would overwrite what it
     * describes, and inputs are never modified.
     *
     * @throws IllegalArgumentException if FILE is one of {@code inputs} or cannot be written (a folder, in a
     *                                  missing or read-only folder): bad configuration, exit 2, before any work
     */
    ReportOutput open(List<Path> inputs) throws IOException {
        if (output != null && Files.exists(output)) {
            for (Path input : inputs) {
                if (Files.exists(input) && Files.isSameFile(input, output)) {
                    throw new IllegalArgumentException("--output " + output + " is one of the input files; "
                            + "inputs are never modified");
                }
            }
        }
        try {
            return ReportOutput.open(output);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
