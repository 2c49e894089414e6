package org.reachlab.evaluation.ope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;

/**
 * Checks the estimators against the simulator's truth: for each seed it generates a world, logs
 * its history with a logging policy, builds each target from the first half of the log, and
 * estimates the target's contact rate on the second half, where the true value is exactly
 * known. The errors over seeds give each estimator's bias, RMSE and interval coverage.
 */
public final class OpeValidation {

    /**
     * A target built from the training half of the log.
     *
     * @param name    the target's name
     * @param factory builds the target from the training dials and the world's seed
     */
    public record Target(String name, BiFunction<List<LoggedDial>, Long, TargetPolicy> factory) {
    }

    /**
     * One evaluation.
     *
     * @param seed   the world's seed
     * @param target the target's name
     * @param truth  its true contact rate on the evaluated dials
     * @param result the estimates and diagnostics
     */
    public record Row(long seed, String target, double truth, OpeResult result) {
    }

    /**
     * One estimator on one target over the seeds.
     *
     * @param target    the target
     * @param estimator the estimator
     * @param bias      mean of estimate - truth
     * @param rmse      root mean square error
     * @param meanAbs   mean absolute error
     * @param coverage  share of seeds whose 95% interval covers the truth
     * @param warned    share of seeds with a warning
     * @param seeds     seeds
     */
    public record Summary(String target, Estimator estimator, double bias, double rmse, double meanAbs,
                          double coverage, double warned, int seeds) {
    }

    private OpeValidation() {
    }

    /** Runs the validation; {@code progress} receives each finished seed. */
    public static List<Row> run(WorldConfig config, List<Long> seeds, Policy logger, List<Target> targets,
                                OffPolicyEvaluator evaluator, LongConsumer progress) {
        List<Row> rows = new ArrayList<>();
        for (long seed : seeds) {
            SyntheticWorld world = new WorldGenerator(config).generate(seed);
            List<SimulatedCall> calls = new ArrayList<>();
            new Simulator(world, seed).run(logger, calls::add);
            SimulatedLog log = SimulatedLog.of(world, calls);
            LocalDate mid = world.start().plusWeeks(config.weeks() / 2);
            List<List<LoggedDial>> halves = log.splitAt(mid);
            List<LoggedDial> eval = halves.get(1);
            double[][] q = evaluator.crossFit(eval);
            TargetPolicy loggerTarget = TargetPolicy.of(logger, seed);
            double[][] loggerDist = new double[eval.size()][];
            for (int i = 0; i < eval.size(); i++) {
                loggerDist[i] = loggerTarget.distribution(eval.get(i));
            }
            for (Target t : targets) {
                TargetPolicy target = t.factory().apply(halves.get(0), seed);
                OpeResult r = evaluator.evaluate(eval, target, q, loggerDist);
                rows.add(new Row(seed, t.name(), log.trueValue(eval, target), r));
            }
            if (progress != null) {
                progress.accept(seed);
            }
        }
        return rows;
    }

    /** Bias, RMSE, coverage by target and estimator. */
    public static List<Summary> summarise(List<Row> rows) {
        Map<String, Map<Estimator, List<double[]>>> by = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<Estimator, List<double[]>> m = by.computeIfAbsent(r.target(), k -> new EnumMap<>(Estimator.class));
            r.result().estimates().forEach((e, est) -> m.computeIfAbsent(e, k -> new ArrayList<>())
                    .add(new double[] {est.value() - r.truth(), est.lo() <= r.truth() && r.truth() <= est.hi() ? 1 : 0,
                        r.result().trusted() ? 0 : 1}));
        }
        List<Summary> out = new ArrayList<>();
        by.forEach((target, m) -> m.forEach((e, list) -> {
            double bias = 0;
            double sq = 0;
            double abs = 0;
            double cov = 0;
            double warned = 0;
            for (double[] x : list) {
                bias += x[0];
                sq += x[0] * x[0];
                abs += Math.abs(x[0]);
                cov += x[1];
                warned += x[2];
            }
            int n = list.size();
            out.add(new Summary(target, e, bias / n, Math.sqrt(sq / n), abs / n, cov / n, warned / n, n));
        }));
        return out;
    }
}
