package org.licenselens.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Command-line benchmark: runs the chosen tools on the same benchmark files and writes the report.
 *
 * <pre>
 * BenchMain [--bench DIR] [--corpus DIR] [--tools a,b] [--out DIR] [--sample N] [--budget SECONDS]
 * </pre>
 *
 * <p>Built-in tools: {@code licensecheck} and {@code licensee} (batch, all files) and {@code licensee-cli}
 * (one CLI process per file, on a {@value #CLI_SAMPLE}-file sample, to measure per-file cost). A tool whose
 * executable is missing is skipped with a warning. Other identifiers are added by name before {@link #run}:
 * <pre>
 * new BenchMain().register("licenselens", keys -&gt; new MyIdentifier(...)).run(args);
 * </pre>
 * A registered {@link Identifier} that is not a {@link BatchIdentifier} is first timed on a probe sample; if the
 * full set would take longer than {@code --budget} seconds it is scored on a sample and the report says so.
 */
public final class BenchMain {
    /** Files the per-file licensee CLI is measured on. */
    public static final int CLI_SAMPLE = 100;
    private static final int PROBE = 30;

    /** Creates a tool's identifier once the key maps are known. */
    @FunctionalInterface
    public interface ToolFactory {
        Identifier create(LicenseKeyMap keys) throws Exception;
    }

    /**
     * A tool the benchmark can run.
     *
     * @param name      name used in {@code --tools} and in the report
     * @param available whether the tool can run here (e.g. its executable is installed)
     * @param factory   builds the identifier
     * @param sample    files to run on by default; 0 for all
     * @param note      how the tool is run, for the report
     */
    public record Tool(String name, BooleanSupplier available, ToolFactory factory, int sample, Supplier<String> note) {
        public Tool {
            if (name == null || name.isBlank() || name.contains(",")) {
                throw new IllegalArgumentException("tool name must be non-blank without commas: '" + name + "'");
            }
            Objects.requireNonNull(available, "available");
            Objects.requireNonNull(factory, "factory");
            Objects.requireNonNull(note, "note");
            if (sample < 0) {
                throw new IllegalArgumentException("sample must be >= 0, got " + sample);
            }
        }
    }

    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final PrintStream log;

    /** Creates a benchmark with the built-in peer tools, logging progress to standard error. */
    public BenchMain() {
        this(System.err);
    }

    /** Creates a benchmark with the built-in peer tools, logging progress to {@code log}. */
    public BenchMain(PrintStream log) {
        this.log = Objects.requireNonNull(log, "log");
        register(new Tool("licensecheck", LicensecheckIdentifier::isInstalled, LicensecheckIdentifier::new, 0,
                () -> LicensecheckIdentifier.version() + "; `" + String.join(" ", LicensecheckIdentifier.COMMAND)
                        + " FILE...` with up to " + BenchRunner.BATCH_SIZE + " files per process; names mapped "
                        + "via SPDX ids plus a documented alias table (LicensecheckNames)."));
        register(new Tool("licensee", LicenseeIdentifier::isInstalled, LicenseeIdentifier::new, 0,
                () -> "licensee " + LicenseeIdentifier.version() + "; each file judged as a project's LICENSE "
                        + "(what `licensee detect DIR` does for DIR/LICENSE; a non-LICENSE name is otherwise "
                        + "ignored), one Ruby process per " + BenchRunner.BATCH_SIZE + " files, default 98% "
                        + "confidence."));
        register(new Tool("licensee-cli", LicenseeIdentifier::isInstalled, LicenseeCliIdentifier::new, CLI_SAMPLE,
                () -> "licensee " + LicenseeIdentifier.version() + "; `licensee detect --json DIR` per file with "
                        + "the file copied to DIR/LICENSE (one Ruby start-up per file); same answers as licensee."));
    }

    /** Adds or replaces a tool that runs on all files whenever it is chosen. */
    public BenchMain register(String name, ToolFactory factory) {
        return register(new Tool(name, () -> true, factory, 0, () -> ""));
    }

    /** Adds or replaces {@code tool}. */
    public BenchMain register(Tool tool) {
        tools.put(tool.name(), tool);
        return this;
    }

    /** Returns the registered tool names, in registration order. */
    public List<String> toolNames() {
        return List.copyOf(tools.keySet());
    }

    /** Runs the benchmark for {@code args} and returns the process exit code (0 ok, 2 usage error). */
    public int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, toolNames());
        } catch (IllegalArgumentException e) {
            log.println("error: " + e.getMessage());
            log.println(Options.USAGE);
            return 2;
        }
        if (options.help()) {
            log.println(Options.USAGE);
            return 0;
        }
        BenchReport report = run(options);
        List<Path> written = report.writeTo(options.out());
        log.println(report.markdown());
        written.forEach(p -> log.println("wrote " + p));
        return 0;
    }

    /** Runs the tools chosen in {@code options} and returns the report, without writing it. */
    public BenchReport run(Options options) {
        MachineInfo machine = MachineInfo.current(); // before the run, so the load average is not our own
        LicenseKeyMap keys = LicenseKeyMap.loadLicenseDb(options.licenseDb());
        BenchSet set = BenchSet.load(options.bench());
        log.printf("benchmark: %d files, %d ScanCode keys%n", set.size(), keys.keyToSpdx().size());
        BenchRunner runner = new BenchRunner(keys);
        List<ToolRun> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>(set.warnings());
        long expectNothing = set.cases().stream().filter(c -> c.expectedKeys().isEmpty()).count();
        notes.add(expectNothing + " files list no license_expressions (\"nothing should be detected\"): any key "
                + "reported there is a false positive and an empty answer is exact.");
        for (String name : options.tools()) {
            Tool tool = tools.get(name);
            if (!tool.available().getAsBoolean()) {
                log.println("warning: " + name + " is not installed; skipped");
                notes.add(name + " was not installed on this machine and is missing from the table.");
                continue;
            }
            runs.add(runTool(tool, keys, set, runner, options));
        }
        runs.forEach(r -> unmappedNote(r).ifPresent(notes::add));
        return new BenchReport(machine, options.bench().toString(), set.size(), notes, runs);
    }

    private ToolRun runTool(Tool tool, LicenseKeyMap keys, BenchSet set, BenchRunner runner, Options options) {
        Identifier identifier;
        try {
            identifier = tool.factory().create(keys);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start tool " + tool.name() + ": " + e.getMessage(), e);
        }
        int sample = options.sample() > 0 ? options.sample() : tool.sample();
        String sampling = "";
        if (sample == 0 && !(identifier instanceof BatchIdentifier) && set.size() > PROBE) {
            Score probe = runner.run(set.sample(PROBE), identifier);
            double projected = probe.secondsPerFile() * set.size();
            if (projected > options.budgetSeconds()) {
                sample = CLI_SAMPLE;
                sampling = String.format(Locale.ROOT, " Projected %.0f s for all files exceeds the %d s budget.",
                        projected, options.budgetSeconds());
            }
        }
        BenchSet chosen = sample > 0 ? set.sample(sample) : set;
        if (chosen.size() < set.size()) {
            sampling = " Scored on " + chosen.size() + " evenly spaced files of " + set.size() + "." + sampling;
        }
        log.printf("running %s on %d files...%n", tool.name(), chosen.size());
        ToolRun run = runner.run(tool.name(), tool.note().get() + sampling, chosen, identifier);
        log.printf("%s: exact %.1f%%, %.1f files/s, %.2f CPU ms/file%n", tool.name(),
                100 * run.score().exactRate(), run.score().filesPerSecond(), run.score().cpuMillisPerFile());
        return run;
    }

    // Keys with a "tool:" prefix are names the tool printed that have no ScanCode key; list them so a reader can
    // judge the alias table instead of trusting it.
    private static Optional<String> unmappedNote(ToolRun run) {
        Map<String, Integer> unmapped = new TreeMap<>();
        run.results().forEach(r -> r.found().stream().filter(k -> k.contains(":"))
                .forEach(k -> unmapped.merge(k, 1, Integer::sum)));
        if (unmapped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(run.tool() + ": names with no ScanCode key, counted as wrong keys (files): "
                + unmapped);
    }

    /**
     * Parsed command-line options.
     *
     * @param bench         benchmark root
     * @param licenseDb     ScanCode LicenseDB directory ({@code *.LICENSE})
     * @param tools         tools to run, in order
     * @param out           report directory
     * @param sample        files per tool when > 0, overriding each tool's default
     * @param budgetSeconds longest a per-file tool may take on the full set
     * @param help          whether only usage was asked for
     */
    public record Options(Path bench, Path licenseDb, List<String> tools, Path out, int sample, int budgetSeconds,
                          boolean help) {
        static final String USAGE = """
                usage: BenchMain [--bench DIR] [--corpus DIR] [--tools a,b] [--out DIR] [--sample N] [--budget S]
                  --bench DIR    ScanCode data-driven benchmark root (default ../shared/bench/scancode-datadriven)
                  --corpus DIR   corpus root holding scancode-licensedb/, or the LicenseDB itself
                                 (default ../shared/corpus)
                  --tools LIST   comma-separated tools (default: all registered)
                  --out DIR      report directory (default bench-out)
                  --sample N     score every tool on N evenly spaced files
                  --budget S     per-file tools run on all files only if projected under S seconds (default 600)""";

        public Options {
            tools = List.copyOf(tools);
            if (sample < 0 || budgetSeconds <= 0) {
                throw new IllegalArgumentException("--sample must be >= 0 and --budget > 0");
            }
        }

        /** Parses {@code args}; {@code known} lists the tool names that may be chosen. */
        public static Options parse(String[] args, List<String> known) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    help = true;
                } else if (List.of("--bench", "--corpus", "--tools", "--out", "--sample", "--budget").contains(arg)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    values.put(arg, args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            List<String> tools = values.containsKey("--tools")
                    ? Arrays.stream(values.get("--tools").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList() : known;
            for (String tool : tools) {
                if (!known.contains(tool)) {
                    throw new IllegalArgumentException("unknown tool '" + tool + "'; known: " + known);
                }
            }
            return new Options(Path.of(values.getOrDefault("--bench", "../shared/bench/scancode-datadriven")),
                    licenseDb(Path.of(values.getOrDefault("--corpus", "../shared/corpus"))), tools,
                    Path.of(values.getOrDefault("--out", "bench-out")), integer(values, "--sample", 0),
                    integer(values, "--budget", 600), help);
        }

        private static Path licenseDb(Path corpus) {
            Path nested = corpus.resolve("scancode-licensedb");
            return Files.isDirectory(nested) ? nested : corpus;
        }

        private static int integer(Map<String, String> values, String name, int fallback) {
            String value = values.get(name);
            try {
                return value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " needs an integer, got '" + value + "'");
            }
        }
    }
}
