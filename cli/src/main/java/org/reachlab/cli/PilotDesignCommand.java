package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.evaluation.pilot.PilotDesign;
import org.reachlab.evaluation.pilot.PilotInputException;
import org.reachlab.evaluation.pilot.PilotLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab pilot-design}: the smallest uplift a pilot can detect, and a balanced split of reps. */
@Command(name = "pilot-design", mixinStandardHelpOptions = true,
        description = "Plans a pilot from a historical call log with reps: the minimum detectable contact-rate uplift"
                + " (5% two-sided, 80% power) of a pilot with N reps and W weeks before and after, from the spread of"
                + " the reps' own changes in the log; and a split of the reps into a pilot and a control team,"
                + " balanced on their historical contact rate and still drawn at random.")
public final class PilotDesignCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Directory with calls.csv (rep_id) and contacts.csv.")
    Path data;

    @Option(names = "--reps", required = true, paramLabel = "N", description = "Reps in the pilot and control teams together.")
    int reps;

    @Option(names = "--weeks", required = true, paramLabel = "W", description = "Weeks before and after the start.")
    int weeks;

    @Option(names = "--pilot-reps", paramLabel = "K", description = "Pilot reps to propose (default: N / 2, the most power).")
    Integer pilotReps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PilotDesign.Plan p;
        try {
            p = PilotDesign.plan(PilotLog.read(data, null), reps, weeks, pilotReps, seed);
        } catch (PilotInputException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "spread of a rep's contact-rate change between two %d-week windows: %.2f points (%d reps"
                + " of the log, %d window positions)%n", weeks, 100 * p.sigma(), p.logReps(), p.positions());
        w.printf(Locale.ROOT, "minimum detectable uplift (5%% two-sided, 80%% power) with %d reps, %d weeks before and"
                + " after:%n", reps, weeks);
        for (int k = 1; k <= p.mde().length; k++) {
            w.printf(Locale.ROOT, "  %2d pilot vs %2d control: %+.2f points%s%n", k, reps - k, 100 * p.mde()[k - 1],
                    k == p.pilotReps() ? "  <- proposed" : "");
        }
        if (!p.pilot().isEmpty()) {
            w.printf(Locale.ROOT, "proposed pilot team: %s (historical contact rate %.1f%%)%n",
                    String.join(", ", p.pilot()), 100 * p.pilotRate());
            w.printf(Locale.ROOT, "proposed control team: %s (%.1f%%)%n", String.join(", ", p.control()),
                    100 * p.controlRate());
        }
        if (p.note() != null) {
            w.println("note: " + p.note());
        }
        w.flush();
        return 0;
    }
}
