package org.licenselens.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.licenselens.cli.ExitCodes;
import org.licenselens.cli.ToolCommand;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.tools.hub.SyntheticHub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code licenselens synth-hub}: writes a synthetic hub (mirror and/or JSON Lines) with its expected answers. */
@Command(name = "synth-hub", mixinStandardHelpOptions = true,
        description = "Write a synthetic Hugging Face hub of N models: a mirror of org/name/ folders, Hub API records "
                + "as JSON Lines, and expected.json, the counts a scan of it must report.")
public final class SyntheticHubCommand implements ToolCommand {
    @Option(names = "--models", defaultValue = "2000", paramLabel = "N", description = "How many models (default: ${DEFAULT-VALUE}).")
    int models;

    @Option(names = "--seed", defaultValue = "13", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where mirror/, hub.jsonl and expected.json go.")
    Path out;

    @Option(names = "--no-mirror", description = "Write only the JSON Lines and the expected answers (metadata only).")
    boolean noMirror;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus the custom license texts come from.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        SyntheticHub hub = SyntheticHub.generate(models, seed);
        Files.createDirectories(out);
        if (!noMirror) {
            hub.writeMirror(out.resolve("mirror"), CorpusLocation.resolve(corpus, java.util.List.of()).root());
        }
        hub.writeJsonl(out.resolve("hub.jsonl"));
        hub.writeExpected(out.resolve("expected.json"));
        System.err.println("wrote " + models + " models to " + out);
        return ExitCodes.OK;
    }
}
