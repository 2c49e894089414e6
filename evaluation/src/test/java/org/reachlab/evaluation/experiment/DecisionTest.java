package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

class DecisionTest {

    @Test
    void promotesOnlyWhenTheLowerBoundExceedsTheMinimum() {
        Estimate clear = Estimate.meanWithT(new double[] {0.030, 0.032, 0.028, 0.031});
        Decision d = Decision.decide("uniform", "thompson", Metric.CONTACT_RATE, clear, 0.01, 0, List.of());
        assertThat(d.promote()).isTrue();
        assertThat(d.reasons().get(0)).startsWith("PROMOTE: thompson replaces uniform");

        Estimate noisy = Estimate.meanWithT(new double[] {0.05, -0.01, 0.03});
        Decision n = Decision.decide("uniform", "thompson", Metric.CONTACT_RATE, noisy, 0.01, 0, List.of());
        assertThat(n.promote()).isFalse();
        assertThat(n.reasons()).anyMatch(r -> r.contains("does not exceed"));

        Estimate small = Estimate.meanWithT(new double[] {0.004, 0.005, 0.006, 0.005});
        assertThat(Decision.decide("u", "t", Metric.CONTACT_RATE, small, 0.01, 0, List.of()).promote()).isFalse();
        assertThat(Decision.decide("u", "t", Metric.CONTACT_RATE, small, 0.0, 0, List.of()).promote()).isTrue();
    }

    @Test
    void refusesWithOneSeedWithViolationsOrAgainstItself() {
        Estimate one = Estimate.meanWithT(new double[] {0.2});
        assertThat(Decision.decide("u", "t", Metric.CONTACT_RATE, one, 0.01, 0, List.of()).promote()).isFalse();
        Estimate clear = Estimate.meanWithT(new double[] {0.03, 0.03, 0.031});
        Decision v = Decision.decide("u", "t", Metric.CONTACT_RATE, clear, 0.01, 3, List.of("note"));
        assertThat(v.promote()).isFalse();
        assertThat(v.reasons()).anyMatch(r -> r.contains("broke a hard rule")).contains("note");
        assertThat(Decision.decide("u", "u", Metric.CONTACT_RATE, clear, 0.01, 0, List.of()).promote()).isFalse();
    }

    @Test
    void tIntervalByHand() {
        Estimate i = Estimate.meanWithT(new double[] {1, 2, 3});
        // mean 2, sd 1, se 1/sqrt(3), t(2) = 4.302653 (exact; the former three-digit table said 4.303)
        assertThat(i.value()).isEqualTo(2);
        assertThat(i.lo()).isCloseTo(2 - 4.302652729749464 / Math.sqrt(3), within(1e-9));
        assertThat(i.hi()).isCloseTo(2 + 4.302652729749464 / Math.sqrt(3), within(1e-9));
    }

    @Test
    void businessViewAsSalesLeadersComputeIt() {
        ExperimentConfig.Business b = new ExperimentConfig.Business(60, 20, 0.1, 0.25, 10000, 100, "EUR");
        BusinessView v = BusinessView.of(b, 0.15, Estimate.given(0.02, 0.01, 0.03, 3));
        assertThat(v.dialsPerRepMonth()).isEqualTo(1200);
        assertThat(v.extraConnects()).isCloseTo(24, within(1e-9));
        assertThat(v.extraMeetings()).isCloseTo(2.4, within(1e-9));
        assertThat(v.extraRevenue()).isCloseTo(6000, within(1e-6));
        assertThat(v.extraRevenueLo()).isCloseTo(3000, within(1e-6));
        assertThat(v.net()).isCloseTo(5900, within(1e-6));
    }
}
