package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldConfigException;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.pilotsim.PilotCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab pilot-check}: the pilot analysis's intervals against the truth of many simulated pilots. */
@Command(name = "pilot-check", mixinStandardHelpOptions = true,
        description = "Runs many simulated pilots (each a fresh world, random books and pilot reps) through the pilot"
                + " analysis and reports, per pilot policy, how often the contact-rate interval covers the true effect"
                + " and how often it excludes 0 (with --policies uniform the true effect is 0, so that is the false"
                + " positive rate; otherwise the detection rate).")
public final class PilotCheckCommand implements Callable<Integer> {

    @Option(names = "--world", paramLabel = "FILE", description = "World YAML (default: the bundled default world).")
    Path world;

    @Option(names = "--contacts", paramLabel = "N", description = "Contacts (overrides the world file).")
    Integer contacts;

    @Option(names = "--reps", defaultValue = "10", description = "Reps (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--pilot-reps", defaultValue = "3", description = "Pilot reps (default: ${DEFAULT-VALUE}).")
    int pilotReps;

    @Option(names = "--weeks-before", defaultValue = "6", description = "Weeks before the start (default: ${DEFAULT-VALUE}).")
    int weeksBefore;

    @Option(names = "--weeks-after", defaultValue = "6", description = "Weeks from the start (default: ${DEFAULT-VALUE}).")
    int weeksAfter;

    @Option(names = "--policies", split = ",", defaultValue = "uniform,greedy:beta_online", paramLabel = "TYPE[:MODEL]",
            description = "Pilot policies, each checked on its own runs (default: ${DEFAULT-VALUE}).")
    List<String> policies;

    @Option(names = "--runs", defaultValue = "100", description = "Simulated pilots per policy (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        WorldConfig w;
        try {
            w = world == null ? WorldFiles.defaults() : WorldFiles.load(world);
            if (contacts != null) {
                w = w.withContacts(contacts);
            }
            w.validate();
        } catch (WorldConfigException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        if (runs < 1) {
            throw new UserFacingException("--runs must be >= 1, received " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d reps, %d in the pilot, %d weeks before and %d after, %d contacts; %d runs per"
                + " policy from seed %d%n", reps, pilotReps, weeksBefore, weeksAfter, w.contacts(), runs, seed);
        out.flush();
        for (String p : policies) {
            PilotCheck.Result r;
            try {
                r = PilotCheck.run(new PilotCheck.Spec(w, reps, pilotReps, weeksBefore, weeksAfter, p.trim(), runs,
                        seed, true), null);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            out.println(r.line());
            out.flush();
        }
        return 0;
    }
}
