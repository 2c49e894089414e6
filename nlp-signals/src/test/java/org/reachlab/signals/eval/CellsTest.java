package org.reachlab.signals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;

/** The cell scoring of the specification. */
class CellsTest {

    private static TimingSignal recurring(SignalKind k, List<DayOfWeek> days, String from, String to) {
        return new TimingSignal(k, days, from == null ? null : LocalTime.parse(from), to == null ? null : LocalTime.parse(to),
                null, null, null, 1.0, "", 0, 0);
    }

    private static TimingSignal dated(SignalKind k, String d1, String d2, String from, String to) {
        return new TimingSignal(k, List.of(), from == null ? null : LocalTime.parse(from),
                to == null ? null : LocalTime.parse(to), LocalDate.parse(d1), LocalDate.parse(d2), null, 1.0, "", 0, 0);
    }

    @Test
    void wholeDayIsFourteenHoursFrom7To21() {
        Set<String> cells = Cells.of(List.of(dated(SignalKind.UNAVAILABLE, "2026-03-02", "2026-03-03", null, null)));
        assertThat(cells).hasSize(28).contains("N|2026-03-02|7", "N|2026-03-03|20").doesNotContain("N|2026-03-02|21");
    }

    @Test
    void recurringWithoutDaysCoversEveryDay() {
        Set<String> cells = Cells.of(List.of(recurring(SignalKind.PREFER, List.of(), "13:00", "17:00")));
        assertThat(cells).hasSize(28).contains("P|MON|13", "P|SUN|16").doesNotContain("P|MON|17");
    }

    @Test
    void partialHoursCountAndSidesAreKeptApart() {
        Set<String> cells = Cells.of(List.of(
                recurring(SignalKind.AVOID, List.of(DayOfWeek.MONDAY), "07:30", "09:30"),
                recurring(SignalKind.PREFER, List.of(DayOfWeek.MONDAY), "09:00", "10:00")));
        assertThat(cells).containsExactlyInAnyOrder("N|MON|7", "N|MON|8", "N|MON|9", "P|MON|9");
    }

    @Test
    void f1FollowsTheSpecification() {
        assertThat(Cells.f1(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(Cells.f1(Set.of("a"), Set.of())).isEqualTo(0.0);
        assertThat(Cells.f1(Set.of(), Set.of("a"))).isEqualTo(0.0);
        assertThat(Cells.f1(Set.of("a", "b"), Set.of("b", "c", "d"))).isCloseTo(2.0 / 5.0, within(1e-12));
    }

    @Test
    void ratesCountNotes() {
        SignalNote n1 = new SignalNote("1", null, java.time.OffsetDateTime.parse("2026-03-03T10:00:00+01:00"), "x", null, null);
        SignalNote n2 = new SignalNote("2", null, n1.at(), "y", null, null);
        TimingSignal s = recurring(SignalKind.PREFER, List.of(), "13:00", "17:00");
        Evaluation ev = Evaluator.score(
                List.of(new LabelledNote(n1, List.of(), 1), new LabelledNote(n2, List.of(s), 2)),
                List.of(new NoteSignals("1", null, List.of(s)), new NoteSignals("2", null, List.of())));
        assertThat(ev.meanF1()).isEqualTo(0.0);
        assertThat(ev.falseAlarmRate()).isEqualTo(1.0);
        assertThat(ev.missRate()).isEqualTo(1.0);
        assertThat(ev.worst(1)).extracting(NoteScore::id).containsExactly("1");
    }
}
