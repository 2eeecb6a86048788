package org.licenselens.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.licenselens.LicenseLens;
import org.licenselens.compare.LicenseComparison;
import org.licenselens.openness.ReleaseOpenness;
import org.licenselens.report.ComparisonHtmlReport;
import org.licenselens.report.ComparisonJsonReport;
import org.licenselens.report.ComparisonTextReport;
import org.licenselens.report.ReleaseComparisonReport;
import org.licenselens.report.ReportContext;
import org.licenselens.report.ReportOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licenselens compare A B [C...]}: licenses side by side, flag by flag and clause by clause. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two or more licenses side by side: a matrix of their risky clauses (MAU thresholds, "
                + "regions, training bans, use restrictions, naming, ...) and OSD verdicts with evidence, then "
                + "their texts aligned clause by clause with the differences marked.",
                "Each LICENSE is a file, a corpus key (llama-3.1-license-2024) or a Hugging Face license id "
                        + "(llama3.1), tried in that order.",
                "Given model folders instead, compares their release openness: MOF components and their "
                        + "licenses, MOF class and OSAID 1.0 verdict of each."},
        footer = {"", "Exit codes: 0 compared, 1 a file could not be read, 2 bad usage (an argument that is none "
                + "of file, corpus key, Hugging Face id; fewer than two licenses)."})
final class CompareCommand implements Callable<Integer> {
    /** Output formats of compare. Lower case, because users type them. */
    enum Format {
        text, json, html
    }

    @Mixin
    CommonOptions common;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "2..*", paramLabel = "LICENSE",
            description = "Two or more licenses: file paths, corpus keys or Hugging Face license ids.")
    List<String> licenses;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--changes-only", negatable = true, paramLabel = "BOOLEAN",
            description = "Show only the clause rows that differ; rows the same in every license are counted "
                    + "(default: on for text, off for json and html; --no-changes-only shows every row). "
                    + "JSON always lists every row.")
    Boolean changesOnly;

    @Override
    public Integer call() throws Exception {
        try (ReportOutput report = output.open(LicenseLens.compareFiles(licenses));
             LicenseLens lens = LicenseLens.open(common.toOptions())) {
            List<Path> folders = licenses.stream().map(Path::of).filter(Files::isDirectory).toList();
            if (!folders.isEmpty()) {
                if (folders.size() != licenses.size()) {
                    throw new IllegalArgumentException("compare takes either licenses or model folders, not both: "
                            + folders.size() + " of " + licenses.size() + " arguments are folders");
                }
                // Folders are model releases: compared by what they hold and under which terms (issue 16).
                List<ReleaseOpenness> releases = lens.compareReleases(folders);
                ReportContext context = new ReportContext(lens.licenses(), false);
                switch (format) {
                    case text -> ReleaseComparisonReport.text(report.writer(), context, releases);
                    case json -> ReleaseComparisonReport.json(report.writer(), context, releases);
                    case html -> ReleaseComparisonReport.html(report.writer(), context, releases);
                }
                report.commit();
                return releases.stream().anyMatch(r -> !r.unreadable().isEmpty()) ? ExitCodes.PARTIAL : ExitCodes.OK;
            }
            LicenseComparison comparison = lens.compare(licenses);
            Writer out = report.writer();
            switch (format) {
                case text -> ComparisonTextReport.write(out, comparison, changesOnly == null || changesOnly);
                case json -> ComparisonJsonReport.write(out, new ReportContext(lens.licenses(), false), comparison);
                case html -> ComparisonHtmlReport.write(out, comparison, changesOnly != null && changesOnly);
            }
            report.commit();
            return ExitCodes.OK;
        }
    }
}
