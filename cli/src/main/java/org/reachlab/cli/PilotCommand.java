package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.evaluation.pilot.PilotAnalysis;
import org.reachlab.evaluation.pilot.PilotConfig;
import org.reachlab.evaluation.pilot.PilotInputException;
import org.reachlab.evaluation.pilot.PilotResult;
import org.reachlab.evaluation.pilot.PilotSummary;
import org.reachlab.evaluation.report.PilotReportWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab pilot}: the difference-in-differences analysis of a pilot on a call log with reps. */
@Command(name = "pilot", mixinStandardHelpOptions = true,
        description = {"Did the pilot team really reach more people? Compares the pilot team with the control team"
                + " before and after the start: contact rate, time to connect (attempts and days, Kaplan-Meier),"
                + " meetings per rep-day, conversion, revenue per call and the return on investment, each as a"
                + " difference in differences with a 95% interval by randomisation inference over rep assignments"
                + " (the contact-level bootstrap beside it, for comparison); checks pre-trends (placebo starts),"
                + " rep mix, contact mix, sample ratio and novelty; uplift per segment and country.",
                "Writes OUT/summary.json and OUT/report.html. Calls of reps that reps.csv does not list are counted"
                        + " and left out."})
public final class PilotCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Directory with calls.csv (rep_id per call), contacts.csv and, for --pilot-team, reps.csv.")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--pilot-team", paramLabel = "NAME", description = "The pilot team's name in reps.csv's team column.")
        String team;

        @Option(names = "--pilot-reps", split = ",", paramLabel = "REP", description = "The pilot reps.")
        List<String> reps;
    }

    @Option(names = "--control-team", paramLabel = "NAME",
            description = "The control team's name in reps.csv (default: every other rep).")
    String controlTeam;

    @Option(names = "--start", required = true, paramLabel = "DATE", description = "The pilot's first day (YYYY-MM-DD).")
    LocalDate start;

    @Option(names = "--end", paramLabel = "DATE", description = "The first day after the window (default: after the log's last call).")
    LocalDate end;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Pilot YAML: revenueColumn, attemptsHorizon, daysHorizon, maxAssignments, resamples, seed,"
                    + " placebos, business {workingDays, closeRate, dealSize, toolCostPerRepPerMonth, currency}.")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        PilotResult r;
        try {
            PilotConfig c = config == null ? PilotConfig.defaults() : PilotConfig.load(config);
            r = PilotAnalysis.run(data, who.team, who.reps, controlTeam, start, end, c);
        } catch (PilotInputException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        Files.createDirectories(out);
        PilotSummary.write(r, out.resolve("summary.json"));
        PilotReportWriter.write(r, out.resolve("report.html"));
        print(spec.commandLine().getOut(), r);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s and %s in %.1f s%n", out.resolve("summary.json"),
                out.resolve("report.html"), (System.nanoTime() - t0) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static void print(PrintWriter w, PilotResult r) {
        PilotResult.Info i = r.info();
        w.printf(Locale.ROOT, "pilot %s (%d reps) vs control (%d reps), start %s, %d calls analysed (%d of unknown reps"
                + " left out)%n", i.teamsSource(), i.pilot().size(), i.control().size(), i.start(),
                i.coverage().analysed(), i.coverage().unknownRep());
        for (PilotResult.Metric m : r.metrics()) {
            if (!m.available()) {
                w.printf(Locale.ROOT, "  %-32s unavailable: %s%n", m.label(), m.reason());
            } else if (m.did() == null) {
                w.printf(Locale.ROOT, "  %-32s not estimable%n", m.label());
            } else {
                double k = m.key().equals("contact_rate") || m.key().equals("conversion") ? 100 : 1;
                w.printf(Locale.ROOT, "  %-32s DiD %+.3f [%+.3f, %+.3f] p=%.3f  (naive %+.3f)%n", m.label(),
                        k * m.did().estimate(), k * m.did().lo(), k * m.did().hi(), m.did().pValue(),
                        k * m.cells().naive());
            }
        }
        for (String warning : r.checks().warnings()) {
            w.println("  warning: " + warning);
        }
    }
}
