package org.reachlab.evaluation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.experiment.ExperimentResult;

/** Draws one reliability diagram per belief: believed probability against observed rate, sized by dials. */
final class ReliabilityPanels {

    private ReliabilityPanels() {
    }

    /** The diagrams' SVG, in the order of the map. */
    static List<String> svgs(Map<String, List<ExperimentResult.ReliabilityBin>> reliability) {
        List<String> out = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<ExperimentResult.ReliabilityBin>> e : reliability.entrySet()) {
            List<ExperimentResult.ReliabilityBin> bins = e.getValue();
            double[] x = bins.stream().mapToDouble(ExperimentResult.ReliabilityBin::predicted).toArray();
            double[] y = bins.stream().mapToDouble(ExperimentResult.ReliabilityBin::observed).toArray();
            long total = bins.stream().mapToLong(ExperimentResult.ReliabilityBin::count).sum();
            double[] rad = bins.stream().mapToDouble(b -> 2.5 + 9 * Math.sqrt((double) b.count() / Math.max(1, total)))
                    .toArray();
            double top = Math.max(0.2, Math.ceil(Math.max(Arrays.stream(x).max().orElse(0),
                    Arrays.stream(y).max().orElse(0)) * 10) / 10);
            Chart c = new Chart(e.getKey(), 0, top, 0, top, "believed probability", "observed rate", 420, 320);
            c.diagonal();
            c.points(x, y, rad, Chart.PALETTE[k++ % Chart.PALETTE.length], total + " dials");
            out.add(c.svg());
        }
        return out;
    }
}
