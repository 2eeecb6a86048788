package org.licenselens.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code licenselens review PATH}: the ranked list of what a person must look at in a scan. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Scan PATH and list, ranked, what a person must look at: unknown license texts, modified "
                + "licenses, declared/detected mismatches, flagged clauses, unreadable files.",
        footer = {"", "Exit codes as for scan: 0, 1 partial, 2 bad usage, 3 the --fail-on gate tripped.",
                "With --format json or sarif the output is the scan report, whose 'review' array is the queue."})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ScanCommand.ScanArguments scan;

    @Override
    public Integer call() throws IOException {
        return scan.run(common, ScanCommand.Mode.REVIEW);
    }
}
