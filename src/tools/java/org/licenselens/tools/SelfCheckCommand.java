package org.licenselens.tools;

import java.nio.file.Path;
import java.util.Map;
import org.licenselens.cli.CommonOptions;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import org.licenselens.LicenseLens;
import org.licenselens.Options;
import org.licenselens.bench.SelfIdentification;
import org.licenselens.corpus.Corpus;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.corpus.CorpusLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licenselens selfcheck}: how many LicenseDB texts licenselens names correctly when given verbatim. */
@Command(name = "selfcheck", mixinStandardHelpOptions = true,
        description = "Identify every LicenseDB license text and report how many come back as themselves.",
        footer = {"", "Always exits 0 once it has run: it is a measurement, not a gate."})
public final class SelfCheckCommand implements ToolCommand {
    private static final int SHOWN = 20;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/selfcheck",
            description = "Where summary.txt and wrong.tsv go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Options options = common.toOptions();
        try (LicenseLens lens = LicenseLens.open(options)) {
            Corpus corpus = CorpusLoader.load(CorpusLocation.resolve(options.corpus(), options.extraLicenseDirs()));
            SelfIdentification.Summary summary = SelfIdentification.run(lens::detect,
                    lens.licenses().licenses().keySet(), corpus.licenses());
            System.out.print(summary.describe());
            if (!summary.wrong().isEmpty()) {
                System.out.println("\nmost frequent wrong answers (found: count):");
                for (Map.Entry<String, Long> e : summary.commonFindings(SHOWN).entrySet()) {
                    System.out.println("  " + (e.getKey().isEmpty() ? "(nothing)" : e.getKey()) + ": " + e.getValue());
                }
            }
            for (Path written : summary.writeTo(out)) {
                System.err.println("wrote " + written);
            }
            return ExitCodes.OK;
        }
    }
}
