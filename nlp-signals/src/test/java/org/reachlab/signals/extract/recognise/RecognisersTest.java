package org.reachlab.signals.extract.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/** Each recogniser on its own, without the CoreNLP pipeline. */
class RecognisersTest {

    private static final Lexicon EN = Lexicon.load("en");

    @Test
    void timesReadRangesOpenEndsAndBareHours() {
        TimeRecogniser t = new TimeRecogniser(EN);
        List<Window> w = t.clockWindows("try after 1:30, not 9-11");
        assertThat(w).extracting(Window::from, Window::to)
                .containsExactly(tuple(13 * 60 + 30, 18 * 60), tuple(9 * 60, 11 * 60));
        assertThat(t.clockWindows("3 to 4 people")).isEmpty();
        assertThat(t.minutes("7", null, null, (char) 0)).isEqualTo(19 * 60);
        assertThat(t.minutes("7", null, "am", (char) 0)).isEqualTo(7 * 60);
    }

    @Test
    void periodsReadTheirWindowsFromTheLexicon() {
        List<Window> w = new PeriodRecogniser(EN).periodWindows("mornings are best", "mornings are best", List.of());
        assertThat(w).extracting(Window::from, Window::to).containsExactly(tuple(8 * 60, 12 * 60));
    }

    @Test
    void weekdayListsWithASlashAreHabitual() {
        DayRecogniser d = new DayRecogniser(EN);
        List<DayMention> m = d.dayMentions("try tue/thu", "try Tue/Thu");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(m.get(0).plural()).isTrue();
        DayMention range = d.dayMentions("monday until thursday", "Monday until Thursday").get(0);
        assertThat(range.range()).isTrue();
        assertThat(range.until()).isTrue();
        assertThat(d.dayMentions("on monday", "on Monday").get(0).plural()).isFalse();
    }

    @Test
    void datesResolveAgainstTheNote() {
        String lc = "ooo until 14 jan";
        Clause c = new Clause(lc, lc, lc, 0, lc.length(), new TextAnalysis.Sentence(0, lc.length(), List.of()),
                new TextAnalysis(List.of(), List.of()), LocalDateTime.of(2026, 1, 5, 9, 0), null);
        List<DateMention> dates = new DateRecogniser(EN).dateMentions(c, lc);
        assertThat(dates).extracting(DateMention::from).containsExactly(LocalDate.of(2026, 1, 14));
        List<Interval> iv = new IntervalReader(EN, new DayRecogniser(EN)).intervals(dates, lc, c.noteDate());
        assertThat(iv).containsExactly(new Interval(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 13), null));
    }

    @Test
    void clausesBoundNegation() {
        String lower = "not before 10, but any time after lunch works";
        List<int[]> clauses = new ClauseSplitter(EN).clauses(lower, 0, lower.length());
        assertThat(clauses).hasSize(2);
        NegationRecogniser n = new NegationRecogniser(EN);
        assertThat(n.negated(lower.substring(clauses.get(0)[0], clauses.get(0)[1]))).isTrue();
        assertThat(n.negated(lower.substring(clauses.get(1)[0], clauses.get(1)[1]))).isFalse();
        assertThat(n.negated("don't hesitate to call after 3")).isFalse();
    }

    @Test
    void absencesReturnsAndZones() {
        AbsenceRecogniser a = new AbsenceRecogniser(EN);
        assertThat(a.absent("ooo until friday", "OOO until Friday")).isTrue();
        assertThat(a.absent("at a trade fair in berlin", "at a trade fair in Berlin")).isTrue();
        assertThat(a.returnAt("back on monday")).isZero();
        assertThat(a.returnAt("call back on monday")).isEqualTo(-1);
        assertThat(new ZoneRecogniser(EN).zone("after 2 PT", null)).isEqualTo("America/Los_Angeles");
    }

    @Test
    void textNormaliserBlanksPhoneNumbersWithoutMovingOffsets() {
        String text = "call 555-123-4567 after 3";
        String norm = new TextNormaliser(EN).normalise(text);
        assertThat(norm).hasSameSizeAs(text).doesNotContain("555").endsWith("after 3");
    }
}
