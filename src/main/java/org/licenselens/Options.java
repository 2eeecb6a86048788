package org.licenselens;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.licenselens.extract.ExtractionLimits;

/**
 * How to open {@link LicenseLens}.
 *
 * @param corpus           corpus root, or {@code null} for {@code $LICENSELENS_CORPUS} / the build-time default
 * @param extraLicenseDirs folders of the user's own {@code .LICENSE} files
 * @param indexRoot        where built indexes are kept, or {@code null} for the default cache folder
 * @param limits           per-file extraction limits
 * @param log              receives progress and warnings, one line each (the CLI sends them to stderr)
 */
public record Options(Path corpus, List<Path> extraLicenseDirs, Path indexRoot, ExtractionLimits limits,
                      Consumer<String> log) {
    public Options {
        extraLicenseDirs = List.copyOf(extraLicenseDirs);
        if (limits == null || log == null) {
            throw new IllegalArgumentException("limits and log are required");
        }
    }

    /** The defaults: corpus and index from the environment, default limits, log to stderr. */
    public static Options defaults() {
        return new Options(null, List.of(), null, ExtractionLimits.defaults(), System.err::println);
    }

    public Options withCorpus(Path root) {
        return new Options(root, extraLicenseDirs, indexRoot, limits, log);
    }

    public Options withIndexRoot(Path root) {
        return new Options(corpus, extraLicenseDirs, root, limits, log);
    }

    public Options withLog(Consumer<String> sink) {
        return new Options(corpus, extraLicenseDirs, indexRoot, limits, sink);
    }
}
