package org.reachlab.evaluation.pilotsim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.pilot.PilotAnalysis;
import org.reachlab.evaluation.pilot.PilotConfig;
import org.reachlab.evaluation.pilot.PilotResult;
import org.reachlab.evaluation.pilot.Teams;
import org.reachlab.stats.RandomisationInference;

/**
 * Many simulated pilots through the analysis: how often the contact-rate interval covers the true
 * effect, how often it excludes zero (a false positive when the pilot policy is the baseline, so
 * that the true effect is exactly zero; a detection otherwise), and the mean estimate, truth and
 * interval width. Each run is a fresh world (its own seed), its own random pilot reps and books.
 */
public final class PilotCheck {

    /**
     * What to run.
     *
     * @param world       the world (its weeks are replaced by weeksBefore + weeksAfter)
     * @param reps        reps
     * @param pilotReps   pilot reps
     * @param weeksBefore weeks before the start
     * @param weeksAfter  weeks from the start
     * @param policy      the pilot policy, TYPE[:MODEL] ({@code uniform}: no effect)
     * @param runs        simulated pilots
     * @param firstSeed   the first world's seed (then +1 for each run)
     * @param freshWorlds a new world for every run; false: one world (of the first seed), each run with its
     *                    own books, pilot reps and luck (faster, for tests)
     */
    public record Spec(WorldConfig world, int reps, int pilotReps, int weeksBefore, int weeksAfter, String policy,
                       int runs, long firstSeed, boolean freshWorlds) {
    }

    /** One run: the truth and the interval. */
    public record Run(long seed, double effect, double estimate, double lo, double hi) {

        /** Whether the interval covers the true effect. */
        public boolean covers() {
            return lo <= effect && effect <= hi;
        }

        /** Whether the interval excludes zero. */
        public boolean significant() {
            return lo > 0 || hi < 0;
        }
    }

    /**
     * The tally.
     *
     * @param spec         what ran
     * @param runs         each run
     * @param coverage     share of intervals covering the true effect
     * @param significant  share of intervals excluding zero
     * @param meanEffect   mean true effect
     * @param meanEstimate mean estimate
     * @param meanWidth    mean interval width
     * @param seconds      wall time
     */
    public record Result(Spec spec, List<Run> runs, double coverage, double significant, double meanEffect,
                         double meanEstimate, double meanWidth, double seconds) {

        /** One line for people. */
        public String line() {
            return String.format(Locale.ROOT, "%-22s %4d runs: coverage %5.1f%%, interval excludes 0 in %5.1f%%,"
                    + " true effect %+.2f points, estimate %+.2f, interval width %.2f points (%.0f s)", spec.policy(),
                    runs.size(), 100 * coverage, 100 * significant, 100 * meanEffect, 100 * meanEstimate,
                    100 * meanWidth, seconds);
        }
    }

    private PilotCheck() {
    }

    /** Runs the pilots, reporting each to {@code progress} (may be null). */
    public static Result run(Spec spec, Consumer<Run> progress) {
        long t0 = System.nanoTime();
        WorldConfig w = spec.world().withWeeks(spec.weeksBefore() + spec.weeksAfter())
                .withDialing(spec.world().dialing().withReps(spec.reps()));
        LocalDate start = LocalDate.parse(w.start()).plusWeeks(spec.weeksBefore());
        SimulatedPilot.Spec pilot = SimulatedPilot.Spec.of(spec.reps(), spec.pilotReps(), start, spec.policy());
        PilotConfig config = PilotConfig.defaults().withResamples(0);
        List<Run> runs = new ArrayList<>();
        SyntheticWorld shared = spec.freshWorlds() ? null : new WorldGenerator(w).generate(spec.firstSeed());
        for (int k = 0; k < spec.runs(); k++) {
            long seed = spec.firstSeed() + k;
            SimulatedPilot.Run sim = shared == null ? SimulatedPilot.run(w, seed, pilot)
                    : SimulatedPilot.run(shared, seed, pilot.validate(w));
            List<String> control = new ArrayList<>(sim.reps());
            control.removeAll(sim.pilot());
            Teams teams = new Teams(sim.pilot(), control, java.util.Set.copyOf(sim.reps()), "simulation");
            PilotResult r = PilotAnalysis.analyse("simulated pilot, seed " + seed, sim.log(), teams, start, null,
                    config.withSeed(seed));
            RandomisationInference.Result d = r.metric("contact_rate").did();
            Run run = new Run(seed, sim.truth().contactRateEffect(), d.estimate(), d.lo(), d.hi());
            runs.add(run);
            if (progress != null) {
                progress.accept(run);
            }
        }
        double n = runs.size();
        return new Result(spec, List.copyOf(runs), runs.stream().filter(Run::covers).count() / n,
                runs.stream().filter(Run::significant).count() / n,
                runs.stream().mapToDouble(Run::effect).average().orElse(Double.NaN),
                runs.stream().mapToDouble(Run::estimate).average().orElse(Double.NaN),
                runs.stream().mapToDouble(x -> x.hi() - x.lo()).average().orElse(Double.NaN),
                (System.nanoTime() - t0) / 1e9);
    }
}
