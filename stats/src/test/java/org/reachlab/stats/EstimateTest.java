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
        assertThat(e.hi() - e.value()).isCloseTo(4.302653 * e.se(), within(1e-6));
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
    void tQuantilesAreExactAtEveryDegreeOfFreedom() {
        assertThat(StudentT.quantile975(1)).isCloseTo(12.706205, within(1e-6));
        assertThat(StudentT.quantile975(4)).isCloseTo(2.776445, within(1e-6));
        // no cut-over to the normal quantile: at 40 degrees of freedom t is still above 1.96
        assertThat(StudentT.quantile975(40)).isCloseTo(2.021075, within(1e-6));
        assertThat(StudentT.quantile975(100_000)).isCloseTo(1.959988, within(1e-5));
        for (int df = 1; df <= 60; df++) {
            assertThat(StudentT.quantile975(df))
                    .isEqualTo(new TDistribution(null, df).inverseCumulativeProbability(0.975));
        }
        assertThatThrownBy(() -> StudentT.quantile975(0)).hasMessageContaining("received 0");
    }
}
