package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void meanWithTOverSeeds() {
        Estimate e = Estimate.meanWithT(new double[] {1, 2, 3, Double.NaN});
        assertThat(e.value()).isEqualTo(2);
        assertThat(e.n()).isEqualTo(3);
        assertThat(e.se()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-12));
        assertThat(e.hi() - e.value()).isCloseTo(4.303 * e.se(), within(1e-12));
        assertThat(e.method()).isEqualTo(Estimate.Method.STUDENT_T);
        assertThat(Estimate.meanWithT(new double[] {5}).hasInterval()).isFalse();
        assertThat(Estimate.meanWithT(new double[] {Double.NaN}).value()).isNaN();
    }

    @Test
    void normalIntervalIsValuePlusMinus196Se() {
        Estimate e = Estimate.normal(0.3, 0.01);
        assertThat(e.lo()).isEqualTo(0.3 - 1.96 * 0.01);
        assertThat(e.hi()).isEqualTo(0.3 + 1.96 * 0.01);
        assertThat(e.se()).isEqualTo(0.01);
    }

    @Test
    void theTTableAgreesWithTheDistributionToItsPrintedDigits() {
        for (int df = 1; df <= 30; df++) {
            double exact = new TDistribution(df).inverseCumulativeProbability(0.975);
            assertThat(StudentT.quantile975(df)).isCloseTo(exact, within(5e-4));
        }
        assertThatThrownBy(() -> StudentT.quantile975(0)).hasMessageContaining("received 0");
    }
}
