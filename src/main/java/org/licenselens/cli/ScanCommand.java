package org.licenselens.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.licenselens.LicenseLens;
import org.licenselens.index.LicenseInfo;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.policy.ContentDigests;
import org.licenselens.policy.Policy;
import org.licenselens.policy.PolicyFiles;
import org.licenselens.policy.PolicyOutcome;
import org.licenselens.report.CycloneDxReport;
import org.licenselens.report.OpennessText;
import org.licenselens.report.SpdxReport;
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

    /** One scan with its policy applied; closing it closes the engine. */
    record ScanRun(LicenseLens lens, PolicyGate gate, ScanResult result, PolicyOutcome outcome, ContentDigests digests,
                   ReportContext context) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            lens.close();
        }
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
                description = "text, json, sarif, html, cyclonedx (CycloneDX 1.6 JSON) or spdx (SPDX 2.3 JSON) "
                        + "(default: ${DEFAULT-VALUE}).")
        ScanFormat format;

        @Option(names = "--policy", paramLabel = "FILE",
                description = "The policy file (default: licenselens.yml or .licenselens.yml in PATH, if there).")
        Path policy;

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
            // The report file is opened first, so a bad --output fails before the walk, not after it.
            try (ReportOutput report = output.open(List.of(root));
                 ScanRun run = scan(common, report.files())) {
                ReleaseOpenness release = openness ? run.lens().openness(run.result()) : null;
                write(report.writer(), run.context(), run.result(), mode, run.digests(), release);
                report.commit();
                List<GateTrip> trips = run.outcome().gate(run.gate().check(run.result(), run.lens().licenses()));
                if (!trips.isEmpty()) {
                    System.err.println("licenselens: --fail-on tripped by " + trips.size() + " item"
                            + (trips.size() == 1 ? "" : "s") + ":");
                    trips.forEach(t -> System.err.println("  " + t));
                    return ExitCodes.GATE;
                }
                return run.result().partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
            }
        }

        /**
         * Reads the policy, opens the engine with its corpus additions, scans PATH with its ignore patterns and
         * applies its decisions.
         *
         * @param excluded files the walk leaves out (the report being written inside the tree)
         */
        ScanRun scan(CommonOptions common, java.util.Set<Path> excluded) {
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
            if (openness && !java.nio.file.Files.isDirectory(root)) {
                throw new IllegalArgumentException("--openness judges a model folder, not a file: " + root);
            }
            Policy policyFile = PolicyFiles.load(root, policy);
            LicenseLens lens = LicenseLens.open(common.toOptions(policyFile.licenseFolders()));
            try {
                java.util.Set<String> categories = lens.licenses().licenses().values().stream()
                        .map(LicenseInfo::category).collect(java.util.stream.Collectors.toSet());
                PolicyFiles.checkNames(policyFile, categories, key -> lens.licenses().license(key).isPresent());
                List<String> conditions = new ArrayList<>(failOn);
                conditions.addAll(policyFile.failOn());
                PolicyGate gate = PolicyGate.parse(conditions, lens.licenses());
                // The policy file is configuration, not an input: "licenselens.yml" would otherwise be read as a
                // LICENSE* file, and a decision's reason matched as license text.
                java.util.Set<Path> leftOut = new java.util.HashSet<>(excluded);
                if (policyFile.present()) {
                    leftOut.add(policyFile.file());
                }
                PolicyFiles.NAMES.forEach(name -> leftOut.add(root.resolve(name)));
                ScanOptions options = ScanOptions.of(root).withAllFiles(allFiles).withExcluded(leftOut)
                        .withIgnored(policyFile.ignore()).withBaseModels(baseModels);
                if (threads != null) {
                    options = options.withThreads(threads);
                }
                ScanResult result = lens.scan(options, ProgressBar.forStderr());
                ContentDigests digests = ContentDigests.under(root);
                PolicyOutcome outcome = PolicyOutcome.evaluate(policyFile, result, digests,
                        key -> lens.licenses().license(key).map(LicenseInfo::category).orElse(null));
                return new ScanRun(lens, gate, result, outcome, digests, new ReportContext(lens.licenses(), diff, false, outcome));
            } catch (RuntimeException e) {
                closeQuietly(lens);
                throw e;
            }
        }

        private static void closeQuietly(LicenseLens lens) {
            try {
                lens.close();
            } catch (IOException | RuntimeException ignored) {
                // The scan's own failure is the one to report.
            }
        }

        private void write(Writer out, ReportContext context, ScanResult result, Mode mode, ContentDigests digests,
                           ReleaseOpenness release) throws IOException {
            switch (format) {
                // Named here only: the SBOM libraries load when one of these formats is asked for, never else.
                case cyclonedx -> CycloneDxReport.write(out, context, result, digests);
                case spdx -> SpdxReport.write(out, context, result, digests);
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
