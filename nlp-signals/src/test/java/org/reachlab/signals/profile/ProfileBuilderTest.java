package org.reachlab.signals.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.TimingSignal;

/** Aggregation of signals into per-contact profiles. */
class ProfileBuilderTest {

    private static TimingSignal recurring(SignalKind k, List<DayOfWeek> days, int from, int to, double conf) {
        return new TimingSignal(k, days, LocalTime.of(from, 0), LocalTime.of(to, 0), null, null, null, conf, "", 0, 0);
    }

    private static ProfileBuilder.Stated note(String at, TimingSignal... s) {
        return new ProfileBuilder.Stated(OffsetDateTime.parse(at), new NoteSignals("n", "c1", List.of(s)));
    }

    @Test
    void newerStatementsOverrideOlderOnes() {
        ProfileBuilder.Stated older = note("2026-01-05T10:00:00+01:00",
                recurring(SignalKind.PREFER, List.of(DayOfWeek.MONDAY), 8, 12, 0.9));
        ProfileBuilder.Stated newer = note("2026-02-05T10:00:00+01:00",
                recurring(SignalKind.AVOID, List.of(DayOfWeek.MONDAY), 10, 12, 0.75));
        StatedProfile p = ProfileBuilder.profile("c1", List.of(newer, older));
        assertThat(p.weight(DayOfWeek.MONDAY, 8)).isEqualTo(0.9);
        assertThat(p.weight(DayOfWeek.MONDAY, 10)).isEqualTo(-0.75);
        assertThat(p.weight(DayOfWeek.TUESDAY, 10)).isZero();
        assertThat(p.weights()).hasSize(168);
    }

    @Test
    void datedAbsencesAreKeptAndReplacedByNewerOverlappingOnes() {
        TimingSignal vacation = new TimingSignal(SignalKind.UNAVAILABLE, List.of(), null, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), null, 0.9, "", 0, 0);
        TimingSignal shorter = new TimingSignal(SignalKind.UNAVAILABLE, List.of(), null, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), null, 0.9, "", 0, 0);
        StatedProfile p = ProfileBuilder.profile("c1", List.of(note("2026-02-01T10:00:00Z", vacation),
                note("2026-02-20T10:00:00Z", shorter)));
        assertThat(p.absences()).hasSize(1);
        assertThat(p.absentOn(LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(p.absentOn(LocalDate.of(2026, 3, 5))).isFalse();
    }

    @Test
    void notesAreGroupedByContact() {
        ProfileBuilder.Stated a = new ProfileBuilder.Stated(OffsetDateTime.parse("2026-01-05T10:00:00Z"),
                new NoteSignals("n1", "a", List.of(recurring(SignalKind.PREFER, List.of(), 13, 17, 0.9))));
        ProfileBuilder.Stated b = new ProfileBuilder.Stated(OffsetDateTime.parse("2026-01-05T10:00:00Z"),
                new NoteSignals("n2", "b", List.of()));
        assertThat(ProfileBuilder.build(List.of(a, b))).containsOnlyKeys("a", "b");
        assertThat(ProfileBuilder.build(List.of(a, b)).get("a").weight(DayOfWeek.SUNDAY, 16)).isEqualTo(0.9);
    }
}
