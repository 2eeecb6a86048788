package org.licenselens.cli;

import org.licenselens.analysis.ClauseMode;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.licenselens.analysis.FileResult;
import org.licenselens.LicenseLens;
import org.licenselens.report.JsonReport;
import org.licenselens.report.ReportContext;
import org.licenselens.report.ReportOutput;
import org.licenselens.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licenselens identify FILE...}: which licenses each file holds. */
@Command(name = "identify", mixinStandardHelpOptions = true,
        description = "Identify the licenses in each FILE (txt, md, html, pdf, docx, odt, rtf, source…).",
        footer = {"", "Exit codes: 0 all files analysed, 1 some files could not be read,",
                "2 bad usage (a path that does not exist or is a folder among them),",
                "130 interrupted (SIGINT), 143 terminated (SIGTERM).",
                "Arguments starting with @ name a file listing more arguments, one per line."})
final class IdentifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to identify.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--diff", description = "Show how each near match differs from its reference text.")
    boolean diff;

    @Option(names = "--explain", description = "List the candidate matches the detector dropped, each with the "
            + "reason, so that you can see why an expected license was not reported.")
    boolean explain;

    @Option(names = "--clauses", defaultValue = "LICENSE_DOCUMENTS", paramLabel = "WHICH",
            description = "Which files get their risky clauses flagged: NONE, LICENSE_DOCUMENTS (files holding a "
                    + "license text, not notices in source files) or ALL (default: ${DEFAULT-VALUE}).")
    ClauseMode clauses;

    @Override
    public Integer call() throws Exception {
        return run(common, output, files, format, diff, explain, clauses);
    }

    /** Identifies {@code files}, writes the report where {@code output} says and returns the exit code. */
    static int run(CommonOptions common, OutputOptions output, List<Path> files, ReportFormat format, boolean diff,
                   boolean explain, ClauseMode clauses) throws java.io.IOException {
        // The report file is opened first, so a bad --output fails before minutes of work, not after.
        try (ReportOutput report = output.open(files);
             LicenseLens lens = LicenseLens.open(common.toOptions())) {
            List<FileResult> results = lens.identifyAll(files, clauses);
            ReportContext context = new ReportContext(lens.licenses(), diff, explain);
            Writer out = report.writer();
            switch (format) {
                case json -> JsonReport.write(out, context, results);
                case text -> TextReport.write(out, context, results);
            }
            report.commit();
            return fileErrors(files, results);
        }
    }

    /**
     * Says each per-file error on one stderr line, with what to do, and returns the exit code: a named path that
     * does not exist or is a folder is a usage error (as for {@code scan} of a missing root), any other
     * unreadable file makes the run partial.
     */
    static int fileErrors(List<Path> files, List<FileResult> results) {
        int code = ExitCodes.OK;
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            if (!r.failed()) {
                continue;
            }
            Path path = i < files.size() ? files.get(i) : Path.of(r.path());
            boolean folder = java.nio.file.Files.isDirectory(path);
            boolean missing = !folder && !java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            System.err.println("licenselens: " + r.path() + ": " + r.error()
                    + (folder ? ": use `licenselens scan " + r.path() + "`" : ""));
            code = Math.max(code, folder || missing ? ExitCodes.USAGE : ExitCodes.PARTIAL);
        }
        return code;
    }
}
