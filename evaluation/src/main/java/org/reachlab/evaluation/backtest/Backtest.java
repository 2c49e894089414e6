package org.reachlab.evaluation.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.Segment;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.metrics.Metrics;
import org.reachlab.models.training.Trainer;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;

/**
 * Runs a backtest: for each fold and model, trains with the {@link Trainer} on the attempts before
 * the fold's training end (stated preferences only as known then), then predicts the fold's test
 * attempts in time order, learning each right after predicting it when online. No model ever sees
 * an attempt at or after its training end before predicting it.
 */
public final class Backtest {

    private Backtest() {
    }

    /** Predictions of one model on the test rows, for tests and further analysis. */
    public record Predictions(String family, double[] p, double trainSeconds, double testSeconds,
                              List<Double> validation) {
    }

    /** The test rows over all folds, in fold then time order. */
    record TestSet(List<TimeSplit> splits, List<TrainingData> tests, List<TrainingData> trains, int size) {
    }

    static TestSet testSet(TrainingData data, BacktestOptions o) {
        List<TimeSplit> splits = TimeSplit.folds(data, o.testDays(), o.splitAt(), o.gap(), o.folds());
        List<TrainingData> tests = new ArrayList<>();
        List<TrainingData> trains = new ArrayList<>();
        int n = 0;
        for (TimeSplit s : splits) {
            TrainingData train = data.before(s.trainEnd())
                    .withPreferences(data.preferences().knownBefore(s.trainEnd()));
            TrainingData test = data.between(s.testStart(), s.testEnd());
            trains.add(train);
            tests.add(test);
            n += test.size();
        }
        return new TestSet(splits, tests, trains, n);
    }

    /** Trains and predicts one model over all folds. */
    public static Predictions predict(ModelFamily family, TrainingData data, BacktestOptions o) {
        return predict(family, testSet(data, o), o);
    }

    static Predictions predict(ModelFamily family, TestSet ts, BacktestOptions o) {
        double[] p = new double[ts.size()];
        double trainSeconds = 0;
        double testSeconds = 0;
        List<Double> validation = new ArrayList<>();
        int at = 0;
        for (int f = 0; f < ts.splits().size(); f++) {
            TrainingData train = ts.trains().get(f);
            TrainedModel tm = Trainer.train(family, train, o.config(family));
            trainSeconds += tm.report().trainSeconds();
            validation.add(tm.report().validation() == null ? Double.NaN : tm.report().validation().logLoss());
            ReachabilityModel model = tm.model();
            TrainingData test = ts.tests().get(f);
            long t0 = System.nanoTime();
            for (int k = 0; k < test.size(); k++) {
                p[at++] = model.probability(test.contact(k), test.at(k), test.repId(k));
                if (o.online()) {
                    model.update(test.observation(k));
                }
            }
            testSeconds += (System.nanoTime() - t0) / 1e9;
        }
        return new Predictions(family.name(), p, trainSeconds, testSeconds, validation);
    }

    /** Runs the whole backtest. */
    public static BacktestResult run(TrainingData data, BacktestOptions o) {
        long t0 = System.nanoTime();
        TestSet ts = testSet(data, o);
        int n = ts.size();
        if (n == 0) {
            throw new IllegalArgumentException("the test period has no attempts");
        }
        boolean[] y = new boolean[n];
        int[] contactOf = new int[n];
        Map<String, Integer> contactIds = new LinkedHashMap<>();
        List<Contact> contacts = new ArrayList<>();
        int at = 0;
        for (TrainingData test : ts.tests()) {
            for (int k = 0; k < test.size(); k++) {
                y[at] = test.connected(k);
                Contact c = test.contact(k);
                Integer ci = contactIds.get(c.id());
                if (ci == null) {
                    ci = contacts.size();
                    contactIds.put(c.id(), ci);
                    contacts.add(c);
                }
                contactOf[at++] = ci;
            }
        }
        long connects = 0;
        for (boolean b : y) {
            connects += b ? 1 : 0;
        }
        List<Predictions> preds = new ArrayList<>();
        for (ModelFamily f : o.families()) {
            preds.add(predict(f, ts, o));
        }
        String reference = o.reference() != null ? o.reference() : defaultReference(preds);
        int refIndex = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (preds.get(i).family().equals(reference)) {
                refIndex = i;
            }
        }

        // groups: overall, then each segment
        Map<String, List<Integer>> segContacts = new TreeMap<>();
        for (int c = 0; c < contacts.size(); c++) {
            segContacts.computeIfAbsent(Segment.of(contacts.get(c)).toString(), x -> new ArrayList<>()).add(c);
        }
        List<String> groupNames = new ArrayList<>();
        List<int[]> groupContacts = new ArrayList<>();
        groupNames.add("");
        groupContacts.add(java.util.stream.IntStream.range(0, contacts.size()).toArray());
        segContacts.forEach((k, v) -> {
            groupNames.add(k);
            groupContacts.add(v.stream().mapToInt(Integer::intValue).toArray());
        });
        int[] segOfContact = new int[contacts.size()];
        for (int g = 1; g < groupContacts.size(); g++) {
            for (int c : groupContacts.get(g)) {
                segOfContact[c] = g;
            }
        }
        List<List<Integer>> groupRowLists = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            groupRowLists.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            groupRowLists.get(0).add(r);
            groupRowLists.get(segOfContact[contactOf[r]]).add(r);
        }
        int groups = groupNames.size();
        int models = preds.size();
        int reps = o.bootstrap();
        WeightedScores[][] ws = new WeightedScores[models][groups];
        WeightedScores.Result[][] point = new WeightedScores.Result[models][groups];
        for (int m = 0; m < models; m++) {
            for (int g = 0; g < groups; g++) {
                int[] rows = groupRowLists.get(g).stream().mapToInt(Integer::intValue).toArray();
                ws[m][g] = new WeightedScores(preds.get(m).p(), y, rows);
                point[m][g] = ws[m][g].compute(null);
            }
        }
        // replicates: [model][group][metric 0..3][rep], bins for overall, delta for overall
        double[][][][] rep = new double[models][groups][4][reps];
        double[][][] binRate = new double[models][Metrics.BINS][reps];
        double[][] delta = new double[models][reps];
        int[] mult = new int[contacts.size()];
        int[] weights = new int[n];
        for (int b = 0; b < reps; b++) {
            for (int g = 0; g < groups; g++) {
                int[] cs = groupContacts.get(g);
                SplittableRandom rnd = new SplittableRandom(o.seed() * 1_000_003L + b * 7919L + g);
                for (int c : cs) {
                    mult[c] = 0;
                }
                for (int i = 0; i < cs.length; i++) {
                    mult[cs[rnd.nextInt(cs.length)]]++;
                }
                for (int r : groupRowLists.get(g)) {
                    weights[r] = mult[contactOf[r]];
                }
                for (int m = 0; m < models; m++) {
                    WeightedScores.Result res = ws[m][g].compute(weights);
                    rep[m][g][0][b] = res.logLoss;
                    rep[m][g][1][b] = res.brier;
                    rep[m][g][2][b] = res.auc;
                    rep[m][g][3][b] = res.ece;
                    if (g == 0) {
                        for (int k = 0; k < Metrics.BINS; k++) {
                            binRate[m][k][b] = res.binY[k];
                        }
                    }
                }
            }
            for (int m = 0; m < models; m++) {
                delta[m][b] = rep[m][0][0][b] - rep[refIndex][0][0][b];
            }
        }
        List<BacktestResult.ModelResult> results = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            Map<String, BacktestResult.ScoreSet> segs = new LinkedHashMap<>();
            for (int g = 1; g < groups; g++) {
                segs.put(groupNames.get(g), scoreSet(point[m][g], rep[m][g], reps, groupContacts.get(g).length,
                        groupRowLists.get(g), y));
            }
            List<BacktestResult.Bin> bins = new ArrayList<>();
            WeightedScores.Result pr = point[m][0];
            for (int k = 0; k < Metrics.BINS; k++) {
                bins.add(new BacktestResult.Bin((double) k / Metrics.BINS, (double) (k + 1) / Metrics.BINS,
                        Math.round(pr.binN[k]), pr.binP[k], Bootstrap.interval(pr.binY[k], binRate[m][k], reps)));
            }
            Estimate d = m == refIndex ? null : Bootstrap.interval(pr.logLoss - point[refIndex][0].logLoss, delta[m], reps);
            Predictions p = preds.get(m);
            results.add(new BacktestResult.ModelResult(p.family(), p.trainSeconds(), p.testSeconds(),
                    scoreSet(pr, rep[m][0], reps, contacts.size(), groupRowLists.get(0), y), d, bins, segs,
                    p.validation()));
        }
        List<Integer> trainRows = ts.trains().stream().map(TrainingData::size).toList();
        return new BacktestResult(ts.splits(), n, contacts.size(), connects, trainRows, reference, results,
                (System.nanoTime() - t0) / 1e9);
    }

    private static BacktestResult.ScoreSet scoreSet(WeightedScores.Result point, double[][] rep, int reps,
                                                    int contacts, List<Integer> rows, boolean[] y) {
        long connects = 0;
        for (int r : rows) {
            connects += y[r] ? 1 : 0;
        }
        return new BacktestResult.ScoreSet(rows.size(), contacts, connects, Bootstrap.interval(point.logLoss, rep[0], reps),
                Bootstrap.interval(point.brier, rep[1], reps), Bootstrap.interval(point.auc, rep[2], reps),
                Bootstrap.interval(point.ece, rep[3], reps));
    }

    /** The yardstick the others are compared with: {@code constant} when run, else {@code global}, else the first. */
    private static String defaultReference(List<Predictions> preds) {
        for (String yardstick : List.of("constant", "global")) {
            if (preds.stream().anyMatch(p -> p.family().equals(yardstick))) {
                return yardstick;
            }
        }
        return preds.get(0).family();
    }
}
