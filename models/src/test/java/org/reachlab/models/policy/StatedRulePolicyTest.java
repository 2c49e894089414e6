package org.reachlab.models.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.Absence;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

class StatedRulePolicyTest {

    /** A Tuesday. */
    private static final LocalDate DAY = LocalDate.of(2025, 10, 7);
    private static final int HOURS_8_TO_21 = ((1 << 21) - 1) & ~((1 << 8) - 1);

    private static DueContact due(int i) {
        Contact c = new Contact("c-" + i, "DE", null, ZoneId.of("Europe/Berlin"), "it", null, null, "it_lead", "de");
        return new DueContact(i, c, HOURS_8_TO_21, 3, 0, null, new int[24], List.of());
    }

    private static List<DueContact> contacts(int n) {
        List<DueContact> due = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            due.add(due(i));
        }
        return due;
    }

    private static DayContext day(LocalDate date, List<DueContact> due, long seed) {
        return new DayContext(date, due, List.of(new DayContext.Rep("rep-01", due.size(), due.size())), new SplittableRandom(seed));
    }

    private static double[] weights(LocalDate date, int from, int to, double w) {
        double[] out = new double[LocalSlot.COUNT];
        for (int h = from; h < to; h++) {
            out[LocalSlot.indexOf(date.getDayOfWeek(), h)] = w;
        }
        return out;
    }

    private static StatedRulePolicy rule(StatedPreferences stated) {
        return new StatedRulePolicy(stated, 8, 21, 9, 17);
    }

    @Test
    void dialsInsideTheStatedWindowWithExactPropensity() {
        // contact 0 prefers 18-20 on Tuesdays (outside 09-17), contact 1 prefers 14-16
        StatedPreferences stated = StatedPreferences.of(Map.of(
                "c-0", new ContactPreferences("c-0", weights(DAY, 18, 20, 0.9), List.of(), null),
                "c-1", new ContactPreferences("c-1", weights(DAY, 14, 16, 0.6), List.of(), null)));
        for (long seed = 0; seed < 30; seed++) {
            List<Dial> dials = rule(stated).plan(day(DAY, contacts(3), seed));
            assertThat(dials).hasSize(3);
            for (Dial d : dials) {
                switch (d.contactIndex()) {
                    case 0 -> assertThat(d.hour()).isIn(18, 19);
                    case 1 -> assertThat(d.hour()).isIn(14, 15);
                    default -> assertThat(d.hour()).isBetween(9, 16);
                }
                assertThat(d.propensity()).isEqualTo(d.distribution()[d.hour()]);
            }
            assertThat(dials.get(0).propensity()).isEqualTo(0.5);
            assertThat(dials.get(2).propensity()).isEqualTo(0.125);
        }
    }

    @Test
    void neverDialsAnAvoidedSlotOrDuringAnAbsence() {
        // contact 0 avoids 09-15, contact 1 is away today but not tomorrow, contact 2 prefers 10-12 but is
        // away from 10 to 11 today, contact 3 avoids every hour of 09-17
        double[] avoidAll = weights(DAY, 9, 17, -1);
        StatedPreferences stated = StatedPreferences.of(Map.of(
                "c-0", new ContactPreferences("c-0", weights(DAY, 9, 15, -0.7), List.of(), null),
                "c-1", new ContactPreferences("c-1", new double[LocalSlot.COUNT], List.of(Absence.days(DAY, DAY)),
                        null),
                "c-2", new ContactPreferences("c-2", weights(DAY, 10, 12, 0.8),
                        List.of(new Absence(DAY, DAY, 10, 11, null)), null),
                "c-3", new ContactPreferences("c-3", avoidAll, List.of(), null)));
        Map<Integer, List<Integer>> hours = new HashMap<>();
        for (long seed = 0; seed < 40; seed++) {
            for (Dial d : rule(stated).plan(day(DAY, contacts(4), seed))) {
                hours.computeIfAbsent(d.contactIndex(), k -> new ArrayList<>()).add(d.hour());
            }
        }
        assertThat(hours.get(0)).isNotEmpty().allMatch(h -> h >= 15 && h < 17);
        assertThat(hours).doesNotContainKey(1);
        assertThat(hours.get(2)).isNotEmpty().allMatch(h -> h == 11);
        assertThat(hours.get(3)).isNotEmpty().allMatch(h -> h == 8 || (h >= 17 && h < 21));
        assertThat(rule(stated).plan(day(DAY.plusDays(1), contacts(2), 1))).extracting(Dial::contactIndex)
                .contains(1);
    }

    @Test
    void usesOnlyWhatWasWrittenBeforeTheDay() {
        Instant written = DAY.atStartOfDay(ZoneId.of("Europe/Berlin")).plusHours(9).toInstant();
        StatedPreferences stated = StatedPreferences.of(Map.of(
                "c-0", new ContactPreferences("c-0", weights(DAY, 19, 20, 1), List.of(), written)));
        for (long seed = 0; seed < 20; seed++) {
            assertThat(rule(stated).plan(day(DAY, contacts(1), seed)).get(0).hour()).isBetween(9, 16);
            assertThat(rule(stated).plan(day(DAY.plusDays(7), contacts(1), seed)).get(0).hour()).isEqualTo(19);
        }
    }

    @Test
    void withoutNotesItIsTheUniformRuleDialForDial() {
        for (long seed = 0; seed < 5; seed++) {
            List<Dial> uniform = WindowPolicy.nineToFive().plan(day(DAY, contacts(50), seed));
            assertThat(rule(null).plan(day(DAY, contacts(50), seed))).isEqualTo(uniform);
            assertThat(rule(StatedPreferences.none()).plan(day(DAY, contacts(50), seed))).isEqualTo(uniform);
        }
        assertThat(rule(null).readsNotes()).isFalse();
    }
}
