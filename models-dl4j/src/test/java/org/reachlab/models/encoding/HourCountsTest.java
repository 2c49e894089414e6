package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HourCountsTest {

    private static final long DAY = 86400;
    private static final int MON_10 = 10;
    private static final int MON_15 = 15;

    private static float[] features(HourCounts h, long t, int dayPart) {
        float[] out = new float[2];
        h.write(t, dayPart, out, 0);
        return out;
    }

    @Test
    void noEvidenceMeansNoLift() {
        assertThat(features(new HourCounts(), 0, MON_10)).containsExactly(0f, 0f);
    }

    @Test
    void aGoodHourLiftsAndABadHourLowersAndNeighboursCount() {
        HourCounts h = new HourCounts();
        long t = 1_000_000_000L;
        for (int i = 0; i < 10; i++) {
            h.observe(t + i * DAY, MON_10, true);
            h.observe(t + i * DAY + 5 * 3600, MON_15, false);
        }
        long q = t + 10 * DAY;
        assertThat(features(h, q, MON_10)[0]).isGreaterThan(0.3f);
        assertThat(features(h, q, MON_15)[0]).isLessThan(-0.3f);
        // 11h is next to 10h: it shares its evidence; 13h has none of its own
        assertThat(features(h, q, 11)[0]).isEqualTo(features(h, q, MON_10)[0]);
        assertThat(features(h, q, 13)).containsExactly(0f, 0f);
        // the weekend's 10h is another day part
        assertThat(features(h, q, 24 + 10)).containsExactly(0f, 0f);
    }

    @Test
    void countsAreForgottenWithTheirHalfLife() {
        HourCounts h = new HourCounts();
        long t = 1_000_000_000L;
        for (int i = 0; i < 8; i++) {
            h.observe(t, MON_10, i % 2 == 0);
        }
        double now = features(h, t, MON_10)[1];
        double later = features(h, t + (long) (HourCounts.HALF_LIFE_DAYS * DAY), MON_10)[1];
        assertThat(now).isCloseTo(Math.log1p(8), within(1e-6));
        assertThat(later).isCloseTo(Math.log1p(4), within(1e-6));
        // a routine change: the old good hour goes bad, and after some weeks of it the lift turns
        for (int i = 1; i <= 30; i++) {
            h.observe(t + i * 2 * DAY, MON_10, false);
            h.observe(t + i * 2 * DAY + 5 * 3600, MON_15, true);
        }
        long q = t + 62 * DAY;
        assertThat(features(h, q, MON_15)[0]).isGreaterThan(0f);
        assertThat(features(h, q, MON_10)[0]).isLessThan(0f);
    }

    @Test
    void aCopyAndARestoredCopyGiveTheSameFeatures() {
        HourCounts h = new HourCounts();
        for (int i = 0; i < 20; i++) {
            h.observe(1_000_000_000L + i * 7919L * 13, (i * 7) % 48, i % 3 == 0);
        }
        HourCounts copy = new HourCounts(h);
        HourCounts restored = HourCounts.of(h.clock(), h.connects(), h.attempts());
        long q = 1_000_000_000L + 40 * DAY;
        for (int p = 0; p < 48; p++) {
            assertThat(features(copy, q, p)).containsExactly(features(h, q, p));
            assertThat(features(restored, q, p)).containsExactly(features(h, q, p));
        }
    }
}
