package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomisationInferenceTest {

    @Test
    void enumeratesEveryAssignmentAndGivesTheExactPValue() {
        // 3 treated of 10: 120 assignments; the treated hold the three largest values, the most extreme
        // split, so only it and its mirror image (the three smallest, equally far from zero) are as extreme
        double[] y = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        boolean[] d = {false, false, false, false, false, false, false, true, true, true};
        RandomisationInference.Result r = RandomisationInference.test(y, d, 10_000, 1);
        assertThat(r.exact()).isTrue();
        assertThat(r.assignments()).isEqualTo(120);
        assertThat(r.estimate()).isCloseTo(8 - 3, within(1e-12));
        assertThat(r.pValue()).isCloseTo(2 / 120.0, within(1e-12));
        assertThat(r.lo()).isGreaterThan(0).isLessThan(r.estimate());
        assertThat(r.hi()).isGreaterThan(r.estimate());
    }

    @Test
    void theIntervalIsTheSetOfEffectsTheTestDoesNotReject() {
        double[] y = {0.3, -0.2, 0.5, 0.1, 0.9, -0.4, 0.2, 1.1, 0.7, 0.4};
        boolean[] d = {false, false, false, false, false, false, false, true, true, true};
        RandomisationInference ri = RandomisationInference.of(y, d, 10_000, 1);
        RandomisationInference.Result r = ri.result();
        assertThat(ri.pValue(r.lo() + 1e-6)).isGreaterThan(0.05);
        assertThat(ri.pValue(r.lo() - 1e-3)).isLessThanOrEqualTo(0.05);
        assertThat(ri.pValue(r.hi() - 1e-6)).isGreaterThan(0.05);
        assertThat(ri.pValue(r.hi() + 1e-3)).isLessThanOrEqualTo(0.05);
    }

    @Test
    void coversAConstantEffectAboutNinetyFivePercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(7);
        int covered = 0;
        int runs = 400;
        for (int run = 0; run < runs; run++) {
            double[] y = new double[10];
            boolean[] d = new boolean[10];
            int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            for (int i = 9; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < 3; i++) {
                d[order[i]] = true;
            }
            for (int i = 0; i < 10; i++) {
                y[i] = random.nextGaussian() + (d[i] ? 0.5 : 0);
            }
            RandomisationInference.Result r = RandomisationInference.test(y, d, 10_000, run);
            if (r.lo() <= 0.5 && 0.5 <= r.hi()) {
                covered++;
            }
        }
        assertThat(covered / (double) runs).isBetween(0.91, 0.99);
    }

    @Test
    void drawsAssignmentsWhenThereAreTooManyToEnumerate() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[40];
        boolean[] d = new boolean[40];
        for (int i = 0; i < 40; i++) {
            d[i] = i < 10;
            y[i] = random.nextGaussian() + (d[i] ? 3 : 0);
        }
        RandomisationInference.Result r = RandomisationInference.test(y, d, 2000, 5);
        assertThat(r.exact()).isFalse();
        assertThat(r.assignments()).isEqualTo(2000);
        assertThat(r.pValue()).isLessThan(0.01);
        assertThat(r.lo()).isBetween(1.0, 3.0);
    }

    @Test
    void leavesOutUnitsWithoutAValueAndRefusesAnEmptyGroup() {
        double[] y = {1, Double.NaN, 2, 3};
        boolean[] d = {true, true, false, false};
        assertThat(RandomisationInference.test(y, d, 100, 1).units()).isEqualTo(3);
        assertThatThrownBy(() -> RandomisationInference.test(new double[] {1, 2}, new boolean[] {false, false}, 100, 1))
                .hasMessageContaining("0 treated of 2");
    }

    @Test
    void tooFewAssignmentsGiveNoFiniteInterval() {
        RandomisationInference.Result r = RandomisationInference.test(new double[] {1, 2, 3, 4},
                new boolean[] {true, true, false, false}, 100, 1);
        assertThat(r.assignments()).isEqualTo(6);
        assertThat(r.lo()).isInfinite();
        assertThat(r.hi()).isInfinite();
    }
}
