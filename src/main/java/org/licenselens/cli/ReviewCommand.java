package org.licenselens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import org.licenselens.policy.Decision;
import org.licenselens.policy.DecisionRecorder;
import org.licenselens.policy.ItemResolution;
import org.licenselens.policy.PolicyFiles;
import org.licenselens.scan.ReviewItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licenselens review PATH}: the ranked list of what a person must look at in a scan, and its decisions. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Scan PATH and list, ranked, what a person must look at: unknown license texts, modified "
                + "licenses, declared/detected mismatches, flagged clauses, unreadable files. With --accept, record "
                + "that an item is acceptable, in the policy file; with --decisions, list the decisions.",
        footer = {"", "Exit codes as for scan: 0, 1 partial, 2 bad usage or policy file, 3 the --fail-on gate tripped.",
                "With --format json or sarif the output is the scan report, whose 'review' array is the queue.",
                "--accept ITEM takes an item's id (mismatch-3fa9c21b, shown in every format) or KIND:PATH "
                        + "(mismatch:README.md)."})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ScanCommand.ScanArguments scan;

    @Option(names = "--accept", paramLabel = "ITEM",
            description = "Accept a review item: its id or KIND:PATH. Needs --reason.")
    String accept;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the accepted item is acceptable.")
    String reason;

    @Option(names = "--by", paramLabel = "WHO",
            description = "Who accepts (default: git config user.name <user.email>).")
    String by;

    @Option(names = "--decisions", description = "List the policy file's decisions and where each item stands now.")
    boolean decisions;

    @Override
    public Integer call() throws IOException {
        if (accept != null && decisions) {
            throw new IllegalArgumentException("--accept and --decisions do not go together");
        }
        if (accept == null && (reason != null || by != null)) {
            throw new IllegalArgumentException("--reason and --by go with --accept ITEM");
        }
        if (accept != null) {
            return accept();
        }
        if (decisions) {
            return listDecisions();
        }
        return scan.run(common, ScanCommand.Mode.REVIEW);
    }

    private int accept() throws IOException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("--accept needs --reason \"why this is acceptable\"");
        }
        try (ScanCommand.ScanRun run = scan.scan(common, Set.of())) {
            ReviewItem item = DecisionRecorder.find(run.result(), accept);
            Path file = run.outcome().policy().present() ? run.outcome().policy().file()
                    : PolicyFiles.defaultLocation(scan.root);
            String who = by != null ? by : DecisionRecorder.gitIdentity(folderOf(scan.root));
            Decision d = DecisionRecorder.accept(file, item, run.digests(), reason, who, Instant.now());
            System.out.println("accepted " + d.id() + " (" + d.item() + ") by " + d.by() + ": recorded in " + file);
            return ExitCodes.OK;
        }
    }

    private int listDecisions() throws IOException {
        try (ScanCommand.ScanRun run = scan.scan(common, Set.of())) {
            PrintStream out = System.out;
            if (!run.outcome().policy().present()) {
                out.println("no policy file: no decisions (review --accept ITEM --reason TEXT records one)");
                return ExitCodes.OK;
            }
            out.println("decisions in " + run.outcome().policy().file() + ":");
            int shown = 0;
            for (ItemResolution r : run.outcome().items()) {
                if (r.decision() != null) {
                    Decision d = r.decision();
                    out.println("  " + d.id() + "  " + d.item() + "  " + r.status().label()
                            + (r.changed().isEmpty() ? "" : " (" + String.join(", ", r.changed()) + ")"));
                    out.println("      accepted by " + d.by() + " at " + d.at() + ": " + d.reason());
                    shown++;
                }
            }
            for (Decision d : run.outcome().unmatched()) {
                out.println("  " + d.id() + "  " + d.item() + "  no longer in the review queue");
                out.println("      accepted by " + d.by() + " at " + d.at() + ": " + d.reason());
                shown++;
            }
            if (shown == 0) {
                out.println("  (none)");
            }
            return ExitCodes.OK;
        }
    }

    private static Path folderOf(Path root) {
        Path absolute = root.toAbsolutePath();
        return java.nio.file.Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }
}
