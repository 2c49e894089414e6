package org.reachlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab demo}: the bundled demo experiment, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the bundled demo experiment (the same as `reachlab experiment` without --config):"
                + " default world, logged history, models, every policy simulated over 3 seeds, off-policy"
                + " evaluation, leaderboard, decision and report.html.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reachlab-demo",
            description = "The run directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ExperimentCommand.run(spec, null, out, null, quiet);
    }
}
