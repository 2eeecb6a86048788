package org.licenselens.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.licenselens.LicenseLens;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.report.OpennessText;
import org.licenselens.report.ReportContext;
import org.licenselens.report.ReportOutput;
import org.licenselens.report.SarifReport;
import org.licenselens.report.ScanHtmlReport;
import org.licenselens.report.ScanJsonReport;
import org.licenselens.report.ScanTextReport;
import org.licenselens.scan.GateTrip;
import org.licenselens.scan.PolicyGate;
import org.licenselens.scan.ScanOptions;
import org.licenselens.scan.ScanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licenselens scan PATH}: the licenses of a repository, a model directory or a single file. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a repository, model directory or file: license files, model cards, manifests, "
                + "declared vs detected licenses, clause flags.",
        footer = {"", "Exit codes: 0 every file analysed, 1 some files could not be read (listed with their error),",
                "2 bad usage, 3 the --fail-on gate tripped (stderr names each item that tripped it)."})
final class ScanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ScanArguments scan;

    @Option(names = "--review", description = "Append the ranked review queue to the text report.")
    boolean review;

    @Override
    public Integer call() throws IOException {
        return scan.run(common, review ? Mode.SCAN_AND_REVIEW : Mode.SCAN);
    }

    /** What the text report shows. */
    enum Mode { SCAN, SCAN_AND_REVIEW, REVIEW }

    /** Arguments {@code scan} and {@code review} share. */
    static final class ScanArguments {
        @Mixin
        OutputOptions output;

        @Parameters(index = "0", paramLabel = "PATH", description = "A folder (repository, model directory) or a file.")
        Path root;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text, json, sarif or html (default: ${DEFAULT-VALUE}).")
        ScanFormat format;

        @Option(names = "--all-files",
                description = "Also read every text file for license notices and SPDX-License-Identifier lines.")
        boolean allFiles;

        @Option(names = "--diff", description = "List how each near match differs from its reference, per file.")
        boolean diff;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
        Integer threads;

        @Option(names = "--fail-on", paramLabel = "CONDITIONS", split = ",",
                description = "Exit 3 when any of these is found: unknown, mismatch, lineage-conflict, a flag type "
                        + "(use-restriction, "
                        + "mau-threshold, geographic-exclusion, training-ban, attribution-naming, revenue-threshold, "
                        + "non-commercial, revocable, policy-updates, pass-through), category:NAME (a LicenseDB "
                        + "category such as Copyleft).")
        List<String> failOn = new ArrayList<>();

        @Option(names = "--openness",
                description = "Also judge the folder as a model release: its Model Openness Framework components and "
                        + "their licenses, the MOF class (III, II, I) it reaches and OSAID 1.0 conformance.")
        boolean openness;

        @Option(names = "--base-models", paramLabel = "FILE",
                description = "A JSON mapping of base model ids to licenses (the format of corpus/base-models.json), "
                        + "tried for base_model ids the tree and the shipped registry do not resolve.")
        Path baseModels;

        int run(CommonOptions common, Mode mode) throws IOException {
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
            if (openness && !java.nio.file.Files.isDirectory(root)) {
                throw new IllegalArgumentException("--openness judges a model folder, not a file: " + root);
            }
            // The report file is opened first, so a bad --output fails before the walk, not after it.
            try (ReportOutput report = output.open(List.of(root));
                 LicenseLens lens = LicenseLens.open(common.toOptions())) {
                PolicyGate gate = PolicyGate.parse(failOn, lens.licenses());
                ScanOptions options = ScanOptions.of(root).withAllFiles(allFiles).withExcluded(report.files())
                        .withBaseModels(baseModels);
                if (threads != null) {
                    options = options.withThreads(threads);
                }
                ScanResult result = lens.scan(options, ProgressBar.forStderr());
                ReportContext context = new ReportContext(lens.licenses(), diff);
                ReleaseOpenness release = openness ? lens.openness(result) : null;
                write(report.writer(), context, result, mode, release);
                report.commit();
                List<GateTrip> trips = gate.check(result, lens.licenses());
                if (!trips.isEmpty()) {
                    System.err.println("licenselens: --fail-on tripped by " + trips.size() + " item"
                            + (trips.size() == 1 ? "" : "s") + ":");
                    trips.forEach(t -> System.err.println("  " + t));
                    return ExitCodes.GATE;
                }
                return result.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
            }
        }

        private void write(Writer out, ReportContext context, ScanResult result, Mode mode, ReleaseOpenness release)
                throws IOException {
            switch (format) {
                case json -> ScanJsonReport.write(out, context, result, release);
                case sarif -> SarifReport.write(out, context, result, release);
                case html -> ScanHtmlReport.write(out, context, result, release);
                case text -> {
                    if (mode == Mode.REVIEW) {
                        ScanTextReport.writeReview(out, context, result);
                    } else {
                        ScanTextReport.write(out, context, result, mode == Mode.SCAN_AND_REVIEW);
                    }
                    if (release != null) {
                        OpennessText.write(out, context, release);
                    }
                }
            }
        }
    }
}
