package org.licenselens.tools;

import java.nio.file.Path;
import java.util.List;
import org.licenselens.cli.CommonOptions;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import org.licenselens.LicenseLens;
import org.licenselens.bench.BenchMain;
import org.licenselens.bench.BenchReport;
import org.licenselens.bench.LicenselensIdentifier;
import org.licenselens.bench.WholeProcessBench;
import org.licenselens.corpus.CorpusLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licenselens bench}: scores licenselens and its peers on ScanCode's public data-driven tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Score licenselens, licensecheck and licensee on the same benchmark files, in one run.")
public final class BenchCommand implements ToolCommand {
    @Mixin
    CommonOptions common;

    @Option(names = "--bench", paramLabel = "DIR", defaultValue = "../shared/bench/scancode-datadriven",
            description = "Benchmark root: files X each with X.yml listing license_expressions (default: ${DEFAULT-VALUE}).")
    Path bench;

    @Option(names = "--tools", split = ",", paramLabel = "TOOL",
            description = "Tools to run (default: licenselens and every installed peer).")
    List<String> tools;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--sample", defaultValue = "0", description = "Score every tool on N evenly spaced files.")
    int sample;

    @Option(names = "--budget", defaultValue = "600",
            description = "Per-file tools run on all files only if projected under this many seconds.")
    int budget;

    @Option(names = "--whole-process", description = "Instead of scoring, time every tool from exec to exit as a "
            + "user runs it: separate processes on one LICENSE, one process over the whole tree (writes whole-process.md).")
    boolean wholeProcess;

    @Option(names = "--repeats", defaultValue = "5", description = "Processes per single-file figure of --whole-process.")
    int repeats;

    @Override
    public Integer call() throws Exception {
        if (wholeProcess) {
            Path tools = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path launcher = tools.resolveSibling("licenselens");
            Path licenseDb;
            try (LicenseLens lens = LicenseLens.open(common.toOptions())) {
                licenseDb = Path.of(lens.licenses().corpusSource()).resolve(CorpusLocation.LICENSE_DIR);
            }
            System.out.println(new WholeProcessBench(launcher, bench, out, repeats).run(licenseDb));
            return ExitCodes.OK;
        }
        try (LicenseLens lens = LicenseLens.open(common.toOptions())) {
            BenchMain main = new BenchMain().register("licenselens", keys -> new LicenselensIdentifier(lens));
            Path licenseDb = lens.licenses().corpusSource() == null ? null
                    : Path.of(lens.licenses().corpusSource()).resolve(CorpusLocation.LICENSE_DIR);
            List<String> chosen = tools == null ? List.of("licenselens", "licensecheck", "licensee", "licensee-cli") : tools;
            BenchReport report = main.run(new BenchMain.Options(bench, licenseDb, chosen, out, sample, budget, false));
            for (Path written : report.writeTo(out)) {
                System.err.println("wrote " + written);
            }
            System.out.println(report.markdown());
            return ExitCodes.OK;
        }
    }
}
