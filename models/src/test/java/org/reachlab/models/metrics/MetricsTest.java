package org.reachlab.models.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    static final double[] P = {0.1, 0.4, 0.35, 0.8};
    static final boolean[] Y = {false, false, true, true};

    @Test
    void aucCountsPairsAndTiesHalf() {
        // positives 0.35, 0.8; negatives 0.1, 0.4: pairs won (0.35>0.1), (0.8>0.1), (0.8>0.4) = 3 of 4
        assertThat(Metrics.auc(P, Y)).isEqualTo(0.75);
        // one tie: 0.5 vs 0.5 counts half, 0.5 > 0.2 counts 1 → (1 + 0.5) / 2
        assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.2}, new boolean[] {true, false, false})).isEqualTo(0.75);
        assertThat(Metrics.auc(new double[] {0.5, 0.6}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void brierAndLogLossByHand() {
        double brier = (0.01 + 0.16 + 0.65 * 0.65 + 0.04) / 4;
        assertThat(Metrics.brier(P, Y)).isCloseTo(brier, within(1e-12));
        double ll = -(Math.log(0.9) + Math.log(0.6) + Math.log(0.35) + Math.log(0.8)) / 4;
        assertThat(Metrics.logLoss(P, Y)).isCloseTo(ll, within(1e-12));
        // clipped: a certain wrong prediction costs -log(1e-6), not infinity
        assertThat(Metrics.logLoss(new double[] {0}, new boolean[] {true})).isCloseTo(-Math.log(1e-6), within(1e-9));
    }

    @Test
    void eceWeighsEachBinsGapByItsShare() {
        // bins: [0.1,0.2): {0.1 → 0}; [0.3,0.4): {0.35 → 1}; [0.4,0.5): {0.4 → 0}; [0.8,0.9): {0.8 → 1}
        double ece = (0.1 + 0.65 + 0.4 + 0.2) / 4;
        assertThat(Metrics.ece(P, Y)).isCloseTo(ece, within(1e-12));
        // two in one bin: mean 0.25, rate 0.5 → gap 0.25 for both
        assertThat(Metrics.ece(new double[] {0.21, 0.29}, new boolean[] {true, false})).isCloseTo(0.25, within(1e-12));
        assertThat(Metrics.ece(new double[] {0.21, 0.29}, new boolean[] {true, true})).isCloseTo(0.75, within(1e-12));
        var bins = Metrics.reliability(P, Y);
        assertThat(bins).hasSize(10);
        assertThat(bins.get(3).n()).isEqualTo(1);
        assertThat(bins.get(3).observedRate()).isEqualTo(1.0);
        assertThat(bins.get(9).n()).isZero();
    }

    @Test
    void lengthsMustMatch() {
        assertThatThrownBy(() -> Metrics.brier(new double[2], new boolean[3]))
                .hasMessageContaining("p.length=2, y.length=3");
    }
}
