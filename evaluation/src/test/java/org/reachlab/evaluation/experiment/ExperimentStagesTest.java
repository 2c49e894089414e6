package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

class ExperimentStagesTest {

    @Test
    void ordersByMeanContactRateThenByName() {
        Map<String, Map<Metric, Estimate>> summary = new LinkedHashMap<>();
        summary.put("b", Map.of(Metric.CONTACT_RATE, Estimate.meanWithT(new double[] {0.2, 0.2})));
        summary.put("c", Map.of(Metric.CONTACT_RATE, Estimate.meanWithT(new double[] {0.3, 0.3})));
        summary.put("a", Map.of(Metric.CONTACT_RATE, Estimate.meanWithT(new double[] {0.2, 0.2})));
        assertThat(SeedSummaries.order(summary)).containsExactly("c", "a", "b");
    }

    @Test
    void reliabilityBinsAverageEachTenthOfTheBelief() {
        List<ExperimentResult.ReliabilityBin> bins = ReliabilityBins.of(List.of(new double[] {0.05, 1},
                new double[] {0.07, 0}, new double[] {0.95, 1}, new double[] {1.0, 1}));
        assertThat(bins).hasSize(2);
        assertThat(bins.get(0).count()).isEqualTo(2);
        assertThat(bins.get(0).predicted()).isEqualTo(0.06, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bins.get(0).observed()).isEqualTo(0.5);
        assertThat(bins.get(1).count()).isEqualTo(2);
        assertThat(bins.get(1).from()).isEqualTo(0.9);
    }
}
