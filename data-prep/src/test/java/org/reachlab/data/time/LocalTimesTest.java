package org.reachlab.data.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void berlinSpringGapMovesForward() {
        LocalDateTime inGap = LocalDateTime.parse("2026-03-29T02:30");
        assertThat(LocalTimes.isInGap(inGap, BERLIN)).isTrue();
        assertThat(LocalTimes.toInstant(inGap, BERLIN)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(LocalTimes.toLocal(Instant.parse("2026-03-29T01:30:00Z"), BERLIN).toLocalTime())
                .hasToString("03:30");
    }

    @Test
    void berlinAutumnOverlapTakesTheEarlierOffsetUnlessPreferred() {
        LocalDateTime twice = LocalDateTime.parse("2026-10-25T02:30");
        assertThat(LocalTimes.isInOverlap(twice, BERLIN)).isTrue();
        assertThat(LocalTimes.toInstant(twice, BERLIN)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(LocalTimes.toInstant(twice, BERLIN, ZoneOffset.ofHours(1)))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void chicagoSpringGapAndAutumnOverlap() {
        LocalDateTime gap = LocalDateTime.parse("2026-03-08T02:15");
        assertThat(LocalTimes.isInGap(gap, CHICAGO)).isTrue();
        assertThat(LocalTimes.toInstant(gap, CHICAGO)).isEqualTo(Instant.parse("2026-03-08T08:15:00Z"));
        LocalDateTime twice = LocalDateTime.parse("2026-11-01T01:15");
        assertThat(LocalTimes.isInOverlap(twice, CHICAGO)).isTrue();
        assertThat(LocalTimes.toInstant(twice, CHICAGO)).isEqualTo(Instant.parse("2026-11-01T06:15:00Z"));
        assertThat(LocalTimes.toInstant(twice, CHICAGO, ZoneOffset.ofHours(-6)))
                .isEqualTo(Instant.parse("2026-11-01T07:15:00Z"));
    }

    @Test
    void ordinaryTimesAreNeitherGapNorOverlap() {
        LocalDateTime t = LocalDateTime.parse("2026-03-29T12:00");
        assertThat(LocalTimes.isInGap(t, BERLIN)).isFalse();
        assertThat(LocalTimes.isInOverlap(t, BERLIN)).isFalse();
    }
}
