package org.licenselens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.licenselens.Options;
import org.licenselens.extract.ExtractionLimits;
import picocli.CommandLine.Option;

/**
 * Options every subcommand shares: where the corpus and index are, and how chatty to be. Public so that the developer
 * tools ({@link ToolCommand}s, built apart from the product) take the same options.
 */
public final class CommonOptions {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus root holding scancode-licensedb/ and scancode-rules/ "
                    + "(default: $LICENSELENS_CORPUS, else the location set at build time).")
    Path corpus;

    @Option(names = "--licenses", paramLabel = "DIR",
            description = "A folder of your own .LICENSE files (same format as LicenseDB); repeatable.")
    List<Path> extraLicenses = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR",
            description = "Where built indexes are kept (default: $LICENSELENS_INDEX, else ~/.cache/licenselens).")
    Path index;

    @Option(names = "--max-file-size", paramLabel = "MiB", defaultValue = "50",
            description = "Files larger than this are reported, not read (default: ${DEFAULT-VALUE} MiB).")
    long maxFileMiB;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of unexpected errors.")
    boolean verbose;

    /** Returns the options as the engine takes them. */
    public Options toOptions() {
        return toOptions(List.of());
    }

    /** The options with {@code moreLicenses} (a policy file's corpus additions) after the {@code --licenses}. */
    Options toOptions(List<Path> moreLicenses) {
        ExtractionLimits defaults = ExtractionLimits.defaults();
        ExtractionLimits limits = new ExtractionLimits(maxFileMiB * 1024 * 1024, defaults.maxChars(), defaults.timeout());
        List<Path> licenses = new ArrayList<>(extraLicenses);
        licenses.addAll(moreLicenses);
        return new Options(corpus, licenses, index, limits, System.err::println);
    }
}
