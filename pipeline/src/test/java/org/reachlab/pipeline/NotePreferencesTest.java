package org.reachlab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.NoteSource;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.profile.DatedStatement;
import org.reachlab.signals.profile.StatedProfile;

class NotePreferencesTest {

    @Test
    void profileBecomesWeightsAndAbsencesKnownFromTheirNotes() {
        double[] w = new double[LocalSlot.COUNT];
        w[LocalSlot.indexOf(java.time.DayOfWeek.TUESDAY, 14)] = 0.9;
        w[LocalSlot.indexOf(java.time.DayOfWeek.MONDAY, 9)] = -0.8;
        OffsetDateTime said = OffsetDateTime.parse("2026-03-02T10:00:00+01:00");
        StatedProfile profile = new StatedProfile("c1", w, List.of(
                new DatedStatement(SignalKind.UNAVAILABLE, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                        null, null, said),
                new DatedStatement(SignalKind.AVOID, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4),
                        LocalTime.of(13, 30), LocalTime.of(15, 15), said),
                new DatedStatement(SignalKind.PREFER, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16),
                        null, null, said)));
        Instant known = said.toInstant();
        ContactPreferences p = NotePreferences.adapt(profile, known);
        assertThat(p.weight(LocalSlot.indexOf(java.time.DayOfWeek.TUESDAY, 14))).isEqualTo(0.9);
        assertThat(p.weight(LocalSlot.indexOf(java.time.DayOfWeek.MONDAY, 9))).isEqualTo(-0.8);
        assertThat(p.knownFrom()).isEqualTo(known);
        assertThat(p.absences()).hasSize(2);
        assertThat(p.absences().get(0).covers(LocalDate.of(2026, 3, 11), 10)).isTrue();
        assertThat(p.absences().get(1).covers(LocalDate.of(2026, 3, 4), 13)).isTrue();
        assertThat(p.absences().get(1).covers(LocalDate.of(2026, 3, 4), 15)).isTrue();
        assertThat(p.absences().get(1).covers(LocalDate.of(2026, 3, 4), 16)).isFalse();
        assertThat(p.absences()).allSatisfy(a -> assertThat(a.knownFrom()).isEqualTo(known));
    }

    @Test
    void aTimelineKnowsBeforeEachInstantExactlyWhatTheNotesWrittenBeforeItState() {
        Contact c = new Contact("c1", "DE", null, java.time.ZoneId.of("Europe/Berlin"), "it", null, null, "lead", "en");
        Map<String, Contact> contacts = Map.of("c1", c);
        OffsetDateTime first = OffsetDateTime.parse("2026-03-02T10:00:00+01:00");
        OffsetDateTime second = OffsetDateTime.parse("2026-03-09T10:00:00+01:00");
        List<Note> notes = List.of(
                new Note("n1", "c1", first, "Please call me in the afternoon.", NoteSource.CALL_NOTE, "en"),
                new Note("n2", "c1", second, "Mornings are better for me now, never call after 3pm.", NoteSource.CALL_NOTE,
                        "en"));
        StatedPreferences timeline = NotePreferences.timeline(notes, contacts, SignalExtractor.shared()).preferences();
        int tuesday15 = LocalSlot.indexOf(java.time.DayOfWeek.TUESDAY, 15);
        Instant between = second.toInstant().minusSeconds(1);
        ContactPreferences early = timeline.knownBefore(between).of("c1").orElseThrow();
        assertThat(early).isEqualTo(NotePreferences.of(notes.subList(0, 1), contacts, SignalExtractor.shared())
                .preferences().of("c1").orElseThrow());
        assertThat(early.weight(tuesday15)).isPositive();
        // the default view drops the weights restated after the instant; the timeline keeps the earlier ones
        StatedPreferences latest = NotePreferences.of(notes, contacts, SignalExtractor.shared()).preferences();
        assertThat(latest.knownBefore(between).of("c1")).isEmpty();
        assertThat(timeline.knownBefore(first.toInstant()).of("c1")).isEmpty();
        assertThat(timeline.of("c1")).isEqualTo(latest.of("c1"));
        assertThat(timeline.of("c1").orElseThrow().weight(tuesday15)).isNegative();
    }
}
