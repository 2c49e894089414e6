package org.reachlab.models.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;

class PolicyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 7);
    private static final int HOURS_8_TO_21 = ((1 << 21) - 1) & ~((1 << 8) - 1);

    private static DueContact due(int i, int[] hourCounts, Instant last) {
        Contact c = new Contact("c-" + i, "DE", null, ZoneId.of("Europe/Berlin"), "it", null, null, "it_lead", "de");
        return new DueContact(i, c, HOURS_8_TO_21, 3, 0, last, hourCounts, List.of());
    }

    /** A day with one rep who may make all of the day's dials in one hour. */
    private static DayContext day(List<DueContact> due, int capacity) {
        return day(due, capacity, capacity);
    }

    private static DayContext day(List<DueContact> due, int capacity, int perHour) {
        return new DayContext(DAY, due, List.of(new DayContext.Rep("rep-01", capacity, perHour)),
                new SplittableRandom(1));
    }

    private static List<DueContact> fresh(int n) {
        List<DueContact> due = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            due.add(due(i, new int[24], null));
        }
        return due;
    }

    @Test
    void uniformDrawsEveryHourOfTheWindowWithExactPropensity() {
        List<DueContact> due = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            due.add(due(i, new int[24], null));
        }
        List<Dial> dials = WindowPolicy.nineToFive().plan(day(due, 800));
        assertThat(dials).hasSize(800);
        int[] byHour = new int[24];
        for (Dial d : dials) {
            assertThat(d.propensity()).isEqualTo(0.125);
            assertThat(d.distribution()[d.hour()]).isEqualTo(d.propensity());
            assertThat(java.util.Arrays.stream(d.distribution()).sum()).isEqualTo(1.0);
            byHour[d.hour()]++;
        }
        for (int h = 0; h < 24; h++) {
            assertThat(byHour[h] > 0).as("hour %d", h).isEqualTo(h >= 9 && h < 17);
        }
    }

    @Test
    void capacityAndQueueOrderAreRespected() {
        List<DueContact> due = List.of(due(0, new int[24], Instant.parse("2025-10-06T10:00:00Z")),
                due(1, new int[24], null), due(2, new int[24], Instant.parse("2025-10-03T10:00:00Z")));
        List<Dial> dials = new FixedHourPolicy(10).plan(day(due, 2));
        assertThat(dials).extracting(Dial::contactIndex).containsExactly(1, 2);
        assertThat(dials).allMatch(d -> d.hour() == 10 && d.propensity() == 1.0 && d.repId().equals("rep-01"));
    }

    @Test
    void rotationPicksOnlyTheLeastTriedSlots() {
        int[] counts = new int[24];
        for (int h = 9; h < 17; h++) {
            counts[h] = h == 11 || h == 15 ? 1 : 2;
        }
        for (int k = 0; k < 50; k++) {
            DayContext ctx = new DayContext(DAY, List.of(due(0, counts, null)),
                    List.of(new DayContext.Rep("rep-01", 1, 1)), new SplittableRandom(k));
            Dial d = SlotRotationPolicy.nineToFive().plan(ctx).get(0);
            assertThat(d.hour()).isIn(11, 15);
            assertThat(d.propensity()).isEqualTo(0.5);
        }
    }

    @Test
    void globallyBestHourAndOracleFollowTheRates() {
        double[] rates = new double[24];
        rates[10] = 0.2;
        rates[14] = 0.25;
        rates[20] = 0.9;
        assertThat(FixedHourPolicy.globallyBest(rates, 9, 17).hour()).isEqualTo(14);
        TrueReach truth = (c, date, h) -> c.index() == 0 ? (h == 16 ? 0.5 : 0.1) : (h == 9 ? 0.3 : 0.05);
        List<Dial> dials = new OraclePolicy(truth).plan(day(List.of(due(0, new int[24], null),
                due(1, new int[24], null)), 1));
        assertThat(dials).singleElement().satisfies(d -> {
            assertThat(d.contactIndex()).isZero();
            assertThat(d.hour()).isEqualTo(16);
        });
    }

    @Test
    void theBestHourRuleTakesTheNextBestPooledHourOnceItsHourIsFull() {
        double[] rates = new double[24];
        rates[10] = 0.3;
        rates[14] = 0.25;
        rates[9] = 0.2;
        FixedHourPolicy best = FixedHourPolicy.globallyBest(rates, 9, 17);
        assertThat(best.ranking()).startsWith(10, 14, 9, 11);
        List<Dial> dials = best.plan(day(fresh(10), 10, 4));
        assertThat(dials).extracting(Dial::hour).containsExactly(10, 10, 10, 10, 14, 14, 14, 14, 9, 9);
        assertThat(dials).extracting(Dial::contactIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        // a plain hour falls back on the nearest hours, the earlier first
        assertThat(new FixedHourPolicy(10).plan(day(fresh(5), 5, 2))).extracting(Dial::hour)
                .containsExactly(10, 10, 9, 9, 11);
    }

    @Test
    void theOracleTakesTheNextBestTrueHourOnceTheBestIsFull() {
        // everyone is best at 16; contact 0 is also good at 9, the others are poor elsewhere
        TrueReach truth = (c, date, h) -> h == 16 ? 0.5 - 0.01 * c.index() : (c.index() == 0 && h == 9 ? 0.4 : 0.02);
        List<Dial> dials = new OraclePolicy(truth).plan(day(fresh(4), 3, 2));
        // the (contact, hour) pairs go in falling probability: contacts 0 and 1 fill 16:00 (two
        // dials an hour), contact 2 goes to its next best hour with room (2% everywhere else, the
        // earliest hour first)
        assertThat(dials).extracting(Dial::contactIndex).containsExactly(0, 1, 2);
        assertThat(dials).extracting(Dial::hour).containsExactly(16, 16, 8);
        assertThat(dials).allMatch(d -> d.propensity() == 1.0);
        // one dial an hour: contact 0 keeps 16:00, contacts 1 and 2 take the first free hours
        List<Dial> tight = new OraclePolicy(truth).plan(day(fresh(4), 3, 1));
        assertThat(tight).extracting(Dial::contactIndex).containsExactly(0, 1, 2);
        assertThat(tight).extracting(Dial::hour).containsExactly(16, 8, 9);
    }

    @Test
    void uniformDrawsOnlyAmongHoursWithRoomAndLogsThatDistribution() {
        List<Dial> dials = WindowPolicy.nineToFive().plan(day(fresh(40), 40, 5));
        assertThat(dials).hasSize(40);
        int[] byHour = new int[24];
        for (Dial d : dials) {
            int open = 0;
            for (int h = 9; h < 17; h++) {
                assertThat(d.distribution()[h] > 0).as("hour %d", h).isEqualTo(byHour[h] < 5);
                open += byHour[h] < 5 ? 1 : 0;
            }
            assertThat(d.propensity()).isEqualTo(1.0 / open);
            assertThat(d.distribution()[d.hour()]).isEqualTo(d.propensity());
            byHour[d.hour()]++;
        }
        for (int h = 9; h < 17; h++) {
            assertThat(byHour[h]).as("hour %d", h).isEqualTo(5);
        }
    }
}
