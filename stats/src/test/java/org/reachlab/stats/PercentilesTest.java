package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theDefinitionIsCommonsMathsR7() {
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 2000; t++) {
            double[] x = random.doubles(1 + random.nextInt(500)).toArray();
            Arrays.sort(x);
            for (double q : new double[] {0.025, 0.5, 0.9, 0.975, 0.99}) {
                assertThat(Percentiles.ofSorted(x, q)).isCloseTo(r7.evaluate(x, 100 * q), within(1e-12));
            }
        }
    }

    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] x = {1, 2, 3, 4};
        assertThat(Percentiles.ofSorted(x, 0)).isEqualTo(1);
        assertThat(Percentiles.ofSorted(x, 0.5)).isEqualTo(2.5);
        assertThat(Percentiles.ofSorted(x, 1)).isEqualTo(4);
        assertThat(Percentiles.ofSorted(new double[0], 0.5)).isNaN();
    }

    @Test
    void anInfiniteNeighbourIsNotInterpolated() {
        double[] x = {1, 2, Double.POSITIVE_INFINITY};
        assertThat(Percentiles.ofSorted(x, 0.75)).isInfinite();
        assertThat(Percentiles.ofSorted(x, 0.5)).isEqualTo(2);
    }

    @Test
    void median() {
        assertThat(Percentiles.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Percentiles.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(Percentiles.median(new double[0])).isNaN();
    }
}
