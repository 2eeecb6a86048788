package org.licenselens.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.licenselens.report.ReportContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code licenselens} command line. Only this class calls {@link System#exit}. */
@Command(name = "licenselens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads license texts the way a careful reviewer would.",
        subcommands = {IdentifyCommand.class, ClausesCommand.class, ScanCommand.class, ReviewCommand.class,
                CompareCommand.class})
public final class Main {
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
        // The developer tools (bench, selfcheck, train) are built apart from the product, into
        // licenselens-tools.jar; the launcher puts it on the class path, and each tool registers itself here.
        for (ToolCommand tool : ServiceLoader.load(ToolCommand.class)) {
            cli.addSubcommand(tool);
        }
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
