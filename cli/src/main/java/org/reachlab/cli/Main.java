package org.reachlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code reachlab} command.
 *
 * <p>Exit codes: 0 on success, 2 on a usage error, 1 on a failure. A failure prints one line,
 * {@code reachlab: <message>}; {@code --verbose} adds the stack trace.
 *
 * <p>Logging goes through SLF4J's simple binding to standard error: warnings and errors by
 * default, debug with {@code --verbose} ({@code simplelogger.properties}).
 */
@Command(name = "reachlab",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Learns when each business contact can be reached, and proves it.",
        subcommands = {
                IngestCommand.class,
                ImportCopenhagenCommand.class,
                GenerateCommand.class,
                SimulateCommand.class,
                TrainCommand.class,
                ScoreCommand.class,
                PlanCommand.class,
                BacktestCommand.class,
                TruthCheckCommand.class,
                ExtractCommand.class,
                ExtractEvalCommand.class,
                ExtractBenchCommand.class,
                ExperimentCommand.class,
                DemoCommand.class,
                OpeCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** The simple binding's level property; a system property overrides its properties file. */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of failures and the libraries' debug log.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
    }

    /** Builds the command line with the project's error handling; used by tests too. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.expandedArgs().contains("--verbose");
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("reachlab: " + message);
            if (verbose) {
                ex.printStackTrace(err);
            } else if (!isExpected(ex)) {
                err.println("(run with --verbose for the stack trace)");
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    /** Failures whose message says everything: bad input files, bad option values, missing files. */
    private static boolean isExpected(Throwable ex) {
        return ex instanceof UserFacingException
                || ex instanceof org.reachlab.data.io.InputFormatException
                || ex instanceof java.nio.file.NoSuchFileException
                || ex instanceof java.nio.file.AccessDeniedException;
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            // before the first logger exists: the simple binding reads its level once
            System.setProperty(LOG_LEVEL_PROPERTY, "debug");
        }
        System.exit(commandLine().execute(args));
    }

    /** Reports the version from the jar manifest, if any. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"reachlab " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
