package org.reachlab.data.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reachlab.data.domain.LocalSlot;

class LocalTimesProperties {

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Berlin", "America/Chicago", "America/New_York", "Europe/London",
                "Europe/Oslo", "America/Phoenix", "Australia/Adelaide", "Asia/Kolkata", "America/St_Johns")
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2020-01-01 .. 2030-12-31, which holds many DST transitions in every zone above
        return Arbitraries.longs().between(1_577_836_800L, 1_924_991_999L).map(Instant::ofEpochSecond);
    }

    @Property(seed = "20260301", tries = 2000)
    void instantToLocalAndBackIsIdentity(@ForAll("instants") Instant t, @ForAll("zones") ZoneId zone) {
        ZonedDateTime local = LocalTimes.toLocal(t, zone);
        assertThat(LocalTimes.toInstant(local.toLocalDateTime(), zone, local.getOffset())).isEqualTo(t);
    }

    @Property(seed = "20260301", tries = 2000)
    void localToInstantAndBackIsIdentityOutsideGaps(@ForAll("instants") Instant seed, @ForAll("zones") ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(seed.getEpochSecond(), 0, java.time.ZoneOffset.UTC);
        Instant t = LocalTimes.toInstant(local, zone);
        LocalDateTime back = LocalTimes.toLocal(t, zone).toLocalDateTime();
        if (LocalTimes.isInGap(local, zone)) {
            assertThat(back).isAfter(local);
            assertThat(java.time.Duration.between(local, back)).isLessThanOrEqualTo(java.time.Duration.ofHours(1));
        } else {
            assertThat(back).isEqualTo(local);
        }
    }

    @Property(seed = "20260301", tries = 1000)
    void slotIndexRoundTrips(@ForAll("instants") Instant t, @ForAll("zones") ZoneId zone) {
        ZonedDateTime local = LocalTimes.toLocal(t, zone);
        LocalSlot slot = LocalSlot.of(local);
        assertThat(LocalSlot.of(slot.index())).isEqualTo(slot);
        assertThat(slot.day()).isEqualTo(local.getDayOfWeek());
        assertThat(slot.hour()).isEqualTo(local.getHour());
    }
}
