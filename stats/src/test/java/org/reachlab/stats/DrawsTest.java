package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {

    @Test
    void betaDrawsHaveTheBetaMean() {
        for (Draws.Normal normal : Draws.Normal.values()) {
            SplittableRandom r = new SplittableRandom(5);
            double sum = 0;
            int n = 40_000;
            for (int i = 0; i < n; i++) {
                sum += Draws.beta(2, 6, r, normal);
            }
            assertThat(sum / n).isCloseTo(0.25, within(0.005));
        }
    }

    @Test
    void gammaDrawsHaveTheGammaMeanBelowAndAboveShapeOne() {
        SplittableRandom r = new SplittableRandom(6);
        double small = 0;
        double large = 0;
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            small += Draws.gamma(0.5, 2, r, Draws.Normal.GENERATOR);
            large += Draws.gamma(3, 2, r, Draws.Normal.POLAR);
        }
        assertThat(small / n).isCloseTo(0.25, within(0.01));
        assertThat(large / n).isCloseTo(1.5, within(0.02));
    }

    @Test
    void drawsAreReproducibleFromTheSeed() {
        assertThat(Draws.beta(1.5, 0.7, new SplittableRandom(8), Draws.Normal.POLAR))
                .isEqualTo(Draws.beta(1.5, 0.7, new SplittableRandom(8), Draws.Normal.POLAR));
    }

    @Test
    void rejectsNonPositiveShape() {
        assertThatThrownBy(() -> Draws.gamma(0, 1, new SplittableRandom(1), Draws.Normal.POLAR))
                .hasMessageContaining("received 0.0 and 1.0");
    }
}
