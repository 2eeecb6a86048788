package org.licenselens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.licenselens.report.ReportContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code licenselens} command line. Only this class calls {@link System#exit}. */
@Command(name = "licenselens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads license texts the way a careful reviewer would.")
public final class Main {
    /** The product's subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(IdentifyCommand.class, ClausesCommand.class,
            ScanCommand.class, ReviewCommand.class, CompareCommand.class);

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // Lucene's advice about the incubating vector module is noise for a command-line user.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Picocli builds a command's whole model (every option, by reflection) when it is added: for a run of one
        // subcommand, building the other nine was a tenth of a one-file run. So when the first argument names a
        // subcommand, only that one is added; --version needs none; the help and a misspelt name get them all.
        String wanted = args.length > 0 ? args[0] : null;
        boolean one = wanted != null && (wanted.equals("--version") || wanted.equals("-V")
                || SUBCOMMANDS.stream().anyMatch(c -> commandName(c).equals(wanted))
                || tools().anyMatch(p -> commandName(p.type()).equals(wanted)));
        for (Class<?> command : SUBCOMMANDS) {
            if (!one || commandName(command).equals(wanted)) {
                cli.addSubcommand(command);
            }
        }
        // The developer tools (bench, selfcheck, train) are built apart from the product, into
        // licenselens-tools.jar; the launcher puts it on the class path, and each tool registers itself here.
        tools().filter(p -> !one || commandName(p.type()).equals(wanted)).forEach(p -> cli.addSubcommand(p.get()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            PrintWriter err = commandLine.getErr();
            err.println("licenselens: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.PARTIAL;
        });
        // A usage error is one line and a pointer to the help: the whole help would push the error off screen.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            String name = command.getCommandSpec().qualifiedName();
            PrintWriter err = command.getErr();
            err.println(name + ": " + usageMessage(e));
            err.println("see `" + name + " --help`");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    private static Stream<ServiceLoader.Provider<ToolCommand>> tools() {
        return ServiceLoader.load(ToolCommand.class).stream();
    }

    private static String commandName(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** Picocli's message, except for a missing positional argument, which it words for its own authors. */
    static String usageMessage(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().getFirst() instanceof CommandLine.Model.PositionalParamSpec p) {
            int min = Math.max(1, p.arity().min);
            String label = p.paramLabel().replaceAll("[<>]", "");
            return "needs " + (min > 1 ? "at least " + min + " " + label + " arguments" : "a " + label + " argument");
        }
        return e.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"licenselens " + ReportContext.version()};
        }
    }
}
