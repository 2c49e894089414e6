package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    @Test
    void followsTheProductLimitWithCensoring() {
        // attempts: 4 units; events at 1 and 2, one censored at 1 (seen through 1), one at 3
        long[] events = {0, 1, 1, 0, 0};
        long[] censored = {0, 1, 0, 1, 0};
        KaplanMeier km = KaplanMeier.ofCounts(events, censored);
        assertThat(km.survival()[0]).isEqualTo(1.0);
        assertThat(km.survival()[1]).isCloseTo(0.75, within(1e-12));
        // at 2: 2 at risk (one event at 1, one censored at 1 left), one event
        assertThat(km.survival()[2]).isCloseTo(0.375, within(1e-12));
        assertThat(km.median()).isEqualTo(2);
        assertThat(km.restrictedMean()).isCloseTo(1 + 0.75 + 0.375 + 0.375, within(1e-12));
        assertThat(km.reachedBy(1)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void withoutCensoringTheRestrictedMeanIsTheMeanOfTheCappedTimes() {
        long[] events = {2, 1, 0, 3};
        long[] censored = {0, 0, 0, 0};
        KaplanMeier km = KaplanMeier.ofCounts(events, censored);
        // times 0,0,1,3,3,3 capped at H = 3: mean 10/6
        assertThat(km.restrictedMean()).isCloseTo(10 / 6.0, within(1e-12));
        assertThat(KaplanMeier.ofCounts(new long[3], new long[3]).median()).isNaN();
    }
}
