package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * Six contacts, cap 4: connected at attempts 1, 2, 2 and 4; one censored after 3 attempts
     * (the period ended); one never connected in 6 attempts (censored at the cap).
     * By hand: S(1) = 5/6; at risk at 2: 5, two events: S(2) = 5/6 * 3/5 = 1/2; at 3: 3 at risk,
     * no event, one censored: S(3) = 1/2; at 4: 2 at risk, one event: S(4) = 1/4.
     */
    @Test
    void matchesHandComputation() {
        KaplanMeier km = KaplanMeier.fit(new int[] {1, 2, 2, 4, 3, 6},
                new boolean[] {true, true, true, true, false, false}, 4);
        assertThat(km.survival()).containsExactly(new double[] {1, 5.0 / 6, 0.5, 0.5, 0.25}, within(1e-12));
        assertThat(km.atRisk()).containsExactly(6, 6, 5, 3, 2);
        assertThat(km.median()).isEqualTo(2);
        assertThat(km.restrictedMean()).isCloseTo(1 + 5.0 / 6 + 0.5 + 0.5, within(1e-12));
        assertThat(km.reachedWithin(3)).isCloseTo(0.5, within(1e-12));
        assertThat(km.reachedWithin(6)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void medianBeyondTheCapIsNaNAndEmptyInputIsFlat() {
        KaplanMeier km = KaplanMeier.fit(new int[] {1, 3, 3, 3}, new boolean[] {true, false, false, false}, 3);
        assertThat(km.survival()[3]).isCloseTo(0.75, within(1e-12));
        assertThat(km.median()).isNaN();
        KaplanMeier empty = KaplanMeier.fit(new int[0], new boolean[0], 3);
        assertThat(empty.survival()).containsExactly(1, 1, 1, 1);
    }
}
