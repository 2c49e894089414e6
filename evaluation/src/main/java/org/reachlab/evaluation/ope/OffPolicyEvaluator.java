package org.reachlab.evaluation.ope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.Percentiles;

/**
 * Estimates a target policy's contact rate on a logged history. For each logged dial i with
 * reward r, logged hour a, logger propensity mu and target distribution pi, the weight is
 * w = pi(a) / mu. IPS is mean(min(w, clip) r); SNIPS is sum(w r) / sum(w); the direct method is
 * mean(sum_h pi(h) q(h)) with q from a reward model fitted on the other contact folds
 * (cross-fitting); doubly robust adds mean(min(w, clip) (r - q(a))).
 */
public final class OffPolicyEvaluator {

    /**
     * Settings and warning thresholds.
     *
     * @param clip             largest importance weight kept by IPS and DR
     * @param folds            contact folds of the cross-fitted reward model (at least 2)
     * @param minEssShare      warn when ess / dials is below this
     * @param minEss           warn when ess is below this
     * @param maxUntriedMass   warn when the target's mass on never-tried slots exceeds this
     * @param maxClippedShare  warn when more than this share of weights is clipped
     */
    public record Options(double clip, int folds, double minEssShare, double minEss, double maxUntriedMass,
                          double maxClippedShare) {

        /** Clip at 20, 2 folds; warn below 10% or 100 effective dials, above 5% untried mass or 5% clipped. */
        public static Options defaults() {
            return new Options(20, 2, 0.10, 100, 0.05, 0.05);
        }

        public Options {
            if (!(clip >= 1)) {
                throw new IllegalArgumentException("clip must be >= 1, received " + clip);
            }
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be >= 2, received " + folds);
            }
        }
    }

    private final Options options;
    private final RewardModel.Fitter fitter;

    /** An evaluator with a reward-model fitter for DM and DR. */
    public OffPolicyEvaluator(Options options, RewardModel.Fitter fitter) {
        this.options = options;
        this.fitter = fitter;
    }

    /** The fold of a contact: a hash of its index, stable across runs. */
    static int fold(int contactIndex, int folds) {
        long z = contactIndex * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        return (int) Math.floorMod(z ^ (z >>> 29), (long) folds);
    }

    /** Predictions q(h) of each dial from a model fitted on the other folds. */
    public double[][] crossFit(List<LoggedDial> log) {
        int k = options.folds();
        double[][] q = new double[log.size()][];
        ToIntFunction<LoggedDial> f = d -> fold(d.contactIndex(), k);
        for (int fold = 0; fold < k; fold++) {
            List<LoggedDial> train = new ArrayList<>();
            for (LoggedDial d : log) {
                if (f.applyAsInt(d) != fold) {
                    train.add(d);
                }
            }
            RewardModel m = fitter.fit(train);
            for (int i = 0; i < log.size(); i++) {
                if (f.applyAsInt(log.get(i)) == fold) {
                    q[i] = m.predict(log.get(i));
                }
            }
        }
        return q;
    }

    /** Evaluates a target on a log, fitting the reward model. */
    public OpeResult evaluate(List<LoggedDial> log, TargetPolicy target) {
        return evaluate(log, target, crossFit(log), null);
    }

    /**
     * Evaluates a target on a log with given reward-model predictions (from {@link #crossFit}, so
     * that several targets share one fit) and, when known, the logger's full distribution of
     * each dial (or null).
     */
    public OpeResult evaluate(List<LoggedDial> log, TargetPolicy target, double[][] q, double[][] loggerDist) {
        return evaluateDetailed(log, target, q, loggerDist).result();
    }

    /**
     * An evaluation with each logged dial's doubly robust term: the DR estimate is the mean of the
     * terms that are not NaN (NaN where the target would not have dialled), so that the terms can
     * be resampled for intervals.
     *
     * @param result  the evaluation
     * @param drTerms one term per logged dial, in the log's order
     */
    public record Detailed(OpeResult result, double[] drTerms) {
    }

    /** As {@link #evaluate(List, TargetPolicy, double[][], double[][])}, keeping the per-dial DR terms. */
    public Detailed evaluateDetailed(List<LoggedDial> log, TargetPolicy target, double[][] q, double[][] loggerDist) {
        if (log.isEmpty()) {
            throw new IllegalArgumentException("the log has no dial to evaluate " + target.name() + " on");
        }
        boolean[] tried = new boolean[168];
        for (LoggedDial d : log) {
            tried[slot(d, d.hour())] = true;
        }
        int n = 0;
        int skipped = 0;
        double[] w = new double[log.size()];
        double[] ipsTerm = new double[log.size()];
        double[] dmTerm = new double[log.size()];
        double[] drTerm = new double[log.size()];
        double[] rew = new double[log.size()];
        double[] perDial = new double[log.size()];
        Arrays.fill(perDial, Double.NaN);
        double untried = 0;
        double outside = 0;
        int clipped = 0;
        double logged = 0;
        for (int i = 0; i < log.size(); i++) {
            LoggedDial d = log.get(i);
            double[] pi = target.distribution(d);
            if (pi == null) {
                skipped++;
                continue;
            }
            double wi = pi[d.hour()] / d.propensity();
            double wc = Math.min(wi, options.clip());
            if (wi > options.clip()) {
                clipped++;
            }
            double dm = 0;
            for (int h = 0; h < 24; h++) {
                if (pi[h] > 0) {
                    dm += pi[h] * q[i][h];
                    if (!tried[slot(d, h)]) {
                        untried += pi[h];
                    }
                    if (loggerDist != null && loggerDist[i] != null && loggerDist[i][h] <= 0) {
                        outside += pi[h];
                    }
                }
            }
            w[n] = wi;
            rew[n] = d.reward();
            ipsTerm[n] = wc * d.reward();
            dmTerm[n] = dm;
            drTerm[n] = dm + wc * (d.reward() - q[i][d.hour()]);
            perDial[i] = drTerm[n];
            logged += d.reward();
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("target " + target.name() + " would make none of the "
                    + log.size() + " logged dials");
        }
        w = Arrays.copyOf(w, n);
        Map<Estimator, Estimate> est = new EnumMap<>(Estimator.class);
        est.put(Estimator.IPS, meanSe(ipsTerm, n));
        est.put(Estimator.SNIPS, snips(w, Arrays.copyOf(rew, n)));
        est.put(Estimator.DM, meanSe(dmTerm, n));
        est.put(Estimator.DR, meanSe(drTerm, n));
        double sw = 0;
        double sw2 = 0;
        for (double x : w) {
            sw += x;
            sw2 += x * x;
        }
        double ess = sw2 == 0 ? 0 : sw * sw / sw2;
        double[] sorted = w.clone();
        Arrays.sort(sorted);
        Diagnostics diag = new Diagnostics(n, skipped, ess, ess / n, Percentiles.ofSorted(sorted, 0.5),
                Percentiles.ofSorted(sorted, 0.9),
                Percentiles.ofSorted(sorted, 0.99), sorted[n - 1], (double) clipped / n, untried / n,
                loggerDist == null ? Double.NaN : outside / n);
        return new Detailed(new OpeResult(target.name(), logged / n, est, diag, warnings(diag)), perDial);
    }

    /**
     * The diagnostics that make an estimate's value unreliable, not only noisy: too small an
     * effective sample size, or too much of the target's probability on weekday-hour slots the
     * logger never tried, or too many clipped weights. Empty when none applies. A decision should
     * not rest on an estimate with such a problem.
     */
    public List<String> untrustworthy(Diagnostics d) {
        List<String> out = new ArrayList<>();
        if (d.essShare() < options.minEssShare() || d.ess() < options.minEss()) {
            out.add(String.format(Locale.ROOT, "effective sample size %.0f of %d dials (%.1f%%) is below %.0f or %.0f%%",
                    d.ess(), d.dials(), 100 * d.essShare(), options.minEss(), 100 * options.minEssShare()));
        }
        if (d.untriedMass() > options.maxUntriedMass()) {
            out.add(String.format(Locale.ROOT, "%.1f%% of its probability is on weekday-hour slots the log never"
                    + " tried (more than %.0f%%)", 100 * d.untriedMass(), 100 * options.maxUntriedMass()));
        }
        if (d.clippedShare() > options.maxClippedShare()) {
            out.add(String.format(Locale.ROOT, "%.1f%% of its importance weights exceed the clip %.0f (more than %.0f%%)",
                    100 * d.clippedShare(), options.clip(), 100 * options.maxClippedShare()));
        }
        return out;
    }

    private List<String> warnings(Diagnostics d) {
        List<String> out = new ArrayList<>();
        if (d.essShare() < options.minEssShare() || d.ess() < options.minEss()) {
            out.add(String.format(Locale.ROOT, "effective sample size %.0f of %d dials (%.1f%%) is below %.0f or %.0f%%:"
                    + " the target is far from the logger, IPS and SNIPS are noisy", d.ess(), d.dials(),
                    100 * d.essShare(), options.minEss(), 100 * options.minEssShare()));
        }
        if (d.untriedMass() > options.maxUntriedMass()) {
            out.add(String.format(Locale.ROOT, "%.1f%% of the target's probability is on weekday-hour slots the logger"
                    + " never tried: IPS and SNIPS cannot see them (biased), DM and DR extrapolate the reward model",
                    100 * d.untriedMass()));
        }
        if (!Double.isNaN(d.outsideSupportMass()) && d.outsideSupportMass() > options.maxUntriedMass()) {
            out.add(String.format(Locale.ROOT, "%.1f%% of the target's probability is on hours the logger could not"
                    + " choose: IPS is biased low", 100 * d.outsideSupportMass()));
        }
        if (d.clippedShare() > options.maxClippedShare()) {
            out.add(String.format(Locale.ROOT, "%.1f%% of the weights exceed the clip %.0f: IPS and DR are biased",
                    100 * d.clippedShare(), options.clip()));
        }
        if (d.skipped() > 0) {
            out.add(String.format(Locale.ROOT, "the target would not have dialled %d of the logged contacts on their"
                    + " day; the estimates cover the other %d", d.skipped(), d.dials()));
        }
        return out;
    }

    private static int slot(LoggedDial d, int hour) {
        return (d.local().getDayOfWeek().getValue() - 1) * 24 + hour;
    }

    static Estimate meanSe(double[] x, int n) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += x[i];
        }
        m /= n;
        double v = 0;
        for (int i = 0; i < n; i++) {
            v += (x[i] - m) * (x[i] - m);
        }
        return Estimate.normal(m, n > 1 ? Math.sqrt(v / (n - 1) / n) : Double.NaN);
    }

    static Estimate snips(double[] w, double[] r) {
        double sw = 0;
        double swr = 0;
        for (int i = 0; i < w.length; i++) {
            sw += w[i];
            swr += w[i] * r[i];
        }
        if (sw == 0) {
            return Estimate.normal(Double.NaN, Double.NaN);
        }
        double v = swr / sw;
        double var = 0;
        for (int i = 0; i < w.length; i++) {
            double t = w[i] * (r[i] - v);
            var += t * t;
        }
        return Estimate.normal(v, Math.sqrt(var) / sw);
    }

}
