package org.reachlab.evaluation.pilot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans a pilot from a historical log with reps: the smallest contact-rate uplift a pilot of a
 * given size and length would detect, and a balanced split of reps into teams.
 *
 * <p>From the log, per rep and week, the contact rate. For every position where {@code weeks}
 * weeks "before" and {@code weeks} weeks "after" fit in the log, each rep's change (after minus
 * before) is taken, and its spread across reps after removing that position's common change (which
 * the control team takes out): σ, pooled over positions. A pilot of k of n reps then estimates the
 * difference in differences with standard error σ √(1/k + 1/(n − k)), and detects at 5%
 * (two-sided) with 80% power an uplift of (t₀.₉₇₅ + t₀.₈₀) times that, with n − 2 degrees of
 * freedom (2.31 + 0.89 for ten reps). The figure is as good as the
 * log is like the pilot period: it knows nothing of how the pilot itself changes the spread.
 *
 * <p>The split: the reps with the most calls, sorted by their contact rate over the log, cut into
 * k blocks of consecutive reps, one pilot rep drawn at random from each block, so that the pilot
 * team is neither the strongest nor the weakest and the pick is still random (as randomisation
 * inference wants).
 */
public final class PilotDesign {

    /**
     * The plan.
     *
     * @param logReps        reps the log names with calls
     * @param positions      window positions the spread was pooled over
     * @param sigma          spread of a rep's change in contact rate between two windows of {@code weeks} weeks
     * @param reps           reps planned
     * @param weeks          weeks before and after
     * @param mde            per number of pilot reps k = 1 .. reps/2: the minimum detectable uplift
     * @param pilotReps      pilot reps proposed
     * @param pilot          the proposed pilot reps (when the log has enough reps)
     * @param control        the proposed control reps
     * @param pilotRate      the proposed pilot team's historical contact rate
     * @param controlRate    the control team's
     * @param note           what the reader should know (null when nothing)
     */
    public record Plan(int logReps, int positions, double sigma, int reps, int weeks, double[] mde, int pilotReps,
                       List<String> pilot, List<String> control, double pilotRate, double controlRate, String note) {

        /** The minimum detectable uplift with the proposed number of pilot reps. */
        public double proposedMde() {
            return mde[pilotReps - 1];
        }
    }

    private PilotDesign() {
    }

    /**
     * Plans a pilot.
     *
     * @param log       the historical log
     * @param reps      reps in the pilot's organisation
     * @param weeks     weeks before and after the start
     * @param pilotReps pilot reps to propose (null: reps / 2, the most power)
     * @param seed      seed of the draw within blocks
     * @throws PilotInputException when the log has fewer than two reps or is shorter than 2 x weeks
     */
    public static Plan plan(PilotLog log, int reps, int weeks, Integer pilotReps, long seed) {
        if (reps < 2) {
            throw new PilotInputException("--reps must be >= 2, received " + reps);
        }
        if (weeks < 1) {
            throw new PilotInputException("--weeks must be >= 1, received " + weeks);
        }
        int k = pilotReps == null ? reps / 2 : pilotReps;
        if (k < 1 || k >= reps) {
            throw new PilotInputException("--pilot-reps must be between 1 and " + (reps - 1) + ", received " + k);
        }
        int[] range = log.dayRange();
        if (range[0] < 0) {
            throw new PilotInputException("calls.csv has no live calls");
        }
        int nr = log.reps().size();
        if (nr < 2) {
            throw new PilotInputException("calls.csv names " + nr + " rep(s); the rep-level spread needs at least 2");
        }
        int nw = (range[1] - range[0]) / 7 + 1;
        double[] calls = new double[nr * nw];
        double[] conns = new double[nr * nw];
        for (int i = 0; i < log.size(); i++) {
            int r = log.rep(i);
            if (r < 0) {
                continue;
            }
            int w = (log.day(i) - range[0]) / 7;
            calls[r * nw + w]++;
            if (log.connected(i)) {
                conns[r * nw + w]++;
            }
        }
        // whole weeks, rounded (a last week with calls up to its Thursday counts)
        int full = (range[1] - range[0] + 4) / 7;
        if (full < 2 * weeks) {
            throw new PilotInputException("the log has " + full + " whole weeks; --weeks " + weeks + " needs "
                    + 2 * weeks + " (that many before and after)");
        }
        double ss = 0;
        int df = 0;
        int positions = 0;
        for (int s = weeks; s + weeks <= full; s++) {
            List<Double> changes = new ArrayList<>();
            for (int r = 0; r < nr; r++) {
                double b = rate(calls, conns, r, nw, s - weeks, s);
                double a = rate(calls, conns, r, nw, s, s + weeks);
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    changes.add(a - b);
                }
            }
            if (changes.size() < 2) {
                continue;
            }
            double mean = changes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            for (double c : changes) {
                ss += (c - mean) * (c - mean);
            }
            df += changes.size() - 1;
            positions++;
        }
        if (df == 0) {
            throw new PilotInputException("no two reps have calls in " + weeks + " weeks before and after any date of"
                    + " the log");
        }
        double sigma = Math.sqrt(ss / df);
        double[] mde = new double[Math.max(k, reps / 2)];
        double z = multiplier(reps);
        for (int j = 1; j <= mde.length; j++) {
            mde[j - 1] = z * sigma * Math.sqrt(1.0 / j + 1.0 / (reps - j));
        }
        // the split among the log's busiest reps
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            order.add(r);
        }
        double[] total = new double[nr];
        double[] rate = new double[nr];
        for (int r = 0; r < nr; r++) {
            double c = 0;
            double n = 0;
            for (int w = 0; w < nw; w++) {
                c += calls[r * nw + w];
                n += conns[r * nw + w];
            }
            total[r] = c;
            rate[r] = c == 0 ? 0 : n / c;
        }
        List<String> pilot = new ArrayList<>();
        List<String> control = new ArrayList<>();
        double pr = Double.NaN;
        double cr = Double.NaN;
        String note = null;
        if (nr >= reps) {
            order.sort(Comparator.comparingDouble((Integer r) -> -total[r]).thenComparing(r -> log.reps().get(r)));
            List<Integer> chosen = new ArrayList<>(order.subList(0, reps));
            chosen.sort(Comparator.comparingDouble((Integer r) -> rate[r]).thenComparing(r -> log.reps().get(r)));
            SplittableRandom random = new SplittableRandom(seed);
            boolean[] isPilot = new boolean[reps];
            for (int b = 0; b < k; b++) {
                int from = (int) Math.round((double) b * reps / k);
                int to = (int) Math.round((double) (b + 1) * reps / k);
                isPilot[from + random.nextInt(to - from)] = true;
            }
            double pc = 0;
            double pn = 0;
            double cc = 0;
            double cn = 0;
            for (int j = 0; j < reps; j++) {
                int r = chosen.get(j);
                if (isPilot[j]) {
                    pilot.add(log.reps().get(r));
                    pc += total[r];
                    pn += total[r] * rate[r];
                } else {
                    control.add(log.reps().get(r));
                    cc += total[r];
                    cn += total[r] * rate[r];
                }
            }
            pr = pn / pc;
            cr = cn / cc;
            if (nr > reps) {
                note = "the log names " + nr + " reps; the split uses the " + reps + " with the most calls";
            }
        } else {
            note = "the log names " + nr + " reps, fewer than " + reps + ": the spread comes from them, and no split"
                    + " of named reps is proposed";
        }
        return new Plan(nr, positions, sigma, reps, weeks, mde, k, pilot, control, pr, cr, note);
    }

    /** t(0.975) + t(0.80) with reps - 2 degrees of freedom: few reps make a wider interval than the normal's. */
    static double multiplier(int reps) {
        if (reps <= 2) {
            return Double.POSITIVE_INFINITY;
        }
        org.apache.commons.math3.distribution.TDistribution t =
                new org.apache.commons.math3.distribution.TDistribution(null, reps - 2);
        return t.inverseCumulativeProbability(0.975) + t.inverseCumulativeProbability(0.80);
    }

    private static double rate(double[] calls, double[] conns, int r, int nw, int from, int to) {
        double c = 0;
        double n = 0;
        for (int w = from; w < to; w++) {
            c += calls[r * nw + w];
            n += conns[r * nw + w];
        }
        return c == 0 ? Double.NaN : n / c;
    }
}
