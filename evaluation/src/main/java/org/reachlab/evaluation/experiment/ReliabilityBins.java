package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.List;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.models.policy.learned.SlotBelief;

/** Reliability bins: believed connect probability against the observed rate, in ten equal bins. */
final class ReliabilityBins {

    private ReliabilityBins() {
    }

    /** The non-empty bins of (prediction, outcome 0/1) pairs. */
    static List<ExperimentResult.ReliabilityBin> of(List<double[]> pairs) {
        int nb = 10;
        double[] sp = new double[nb];
        double[] sy = new double[nb];
        long[] n = new long[nb];
        for (double[] x : pairs) {
            int b = Math.min(nb - 1, (int) (x[0] * nb));
            sp[b] += x[0];
            sy[b] += x[1];
            n[b]++;
        }
        List<ExperimentResult.ReliabilityBin> out = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            if (n[b] > 0) {
                out.add(new ExperimentResult.ReliabilityBin((double) b / nb, (double) (b + 1) / nb, sp[b] / n[b],
                        sy[b] / n[b], n[b]));
            }
        }
        return out;
    }

    /** The bins of a belief's connect probability for each logged dial at its hour, against its outcome. */
    static List<ExperimentResult.ReliabilityBin> onLog(SlotBelief belief, List<LoggedDial> dials) {
        List<double[]> pairs = new ArrayList<>();
        for (LoggedDial d : dials) {
            pairs.add(new double[] {belief.mean(d.context(), d.local().toLocalDate())[d.hour()], d.reward()});
        }
        return of(pairs);
    }
}
