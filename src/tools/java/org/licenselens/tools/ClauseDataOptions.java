package org.licenselens.tools;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The inputs that {@code train} and {@code evaluate} both read, declared once as a picocli mixin so their names,
 * defaults and help stay the same in both commands.
 */
final class ClauseDataOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "Corpus root (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--annotations", paramLabel = "DIR", defaultValue = "corpus/annotations",
            description = "Stand-off clause annotations (default: ${DEFAULT-VALUE}).")
    Path annotations;

    /** Returns the options as the arguments of the training tools' own {@code main}. */
    String[] arguments(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--corpus";
        args[1] = corpus.toString();
        args[2] = "--annotations";
        args[3] = annotations.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return args;
    }
}
