package org.reachlab.models.policy.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;

class LearnedPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2025, 10, 6);
    private static final int RULE_HOURS = mask(8, 21);

    static int mask(int from, int to) {
        int m = 0;
        for (int h = from; h < to; h++) {
            m |= 1 << h;
        }
        return m;
    }

    static Contact contact(int i, String role) {
        return new Contact("c" + i, "DE", null, BERLIN, "it", null, null, role, "de");
    }

    static List<DueContact> due(int n) {
        List<DueContact> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new DueContact(i, contact(i, i % 2 == 0 ? "lead" : "dev"), RULE_HOURS, 3, 0, null, new int[24],
                    List.of()));
        }
        return out;
    }

    /** A day with one rep who may make all of the day's dials in one hour. */
    static DayContext day(LocalDate date, List<DueContact> due, int capacity, long seed) {
        return day(date, due, capacity, capacity, seed);
    }

    static DayContext day(LocalDate date, List<DueContact> due, int capacity, int perHour, long seed) {
        return new DayContext(date, due, List.of(new DayContext.Rep("r1", capacity, perHour)),
                new SplittableRandom(seed));
    }

    /** A belief taught that "lead" contacts answer at 14:00 and nowhere else. */
    static SlotBelief taught() {
        SlotBelief b = new HierarchicalBetaBelief();
        for (int k = 0; k < 300; k++) {
            for (int h = 8; h < 21; h++) {
                LocalDateTime t = MONDAY.minusDays(7).atTime(h, 0);
                Instant at = t.atZone(BERLIN).toInstant();
                b.observe(new ObservedDial(1000 + k, contact(1000 + k, "lead"), t, at,
                        h == 14 && k % 2 == 0 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
            }
        }
        return b;
    }

    @Test
    void everyDialLogsTheExactProbabilityOfItsHourAndRespectsTheFloor() {
        double floor = 0.02;
        List<LearnedPolicy> policies = List.of(new GreedyPolicy("g", taught(), floor, 8, 21),
                new EpsilonGreedyPolicy("e", taught(), 0.2, floor, 8, 21), new ThompsonPolicy("t", taught(), 20, floor, 8, 21),
                new GreedyPolicy("g917", taught(), floor, 9, 17));
        for (LearnedPolicy p : policies) {
            List<Dial> plan = p.plan(day(MONDAY, due(30), 10, 7));
            assertThat(plan).as(p.name()).hasSize(10);
            for (Dial d : plan) {
                double[] dist = d.distribution();
                assertThat(java.util.Arrays.stream(dist).sum()).as(p.name()).isCloseTo(1.0, within(1e-9));
                assertThat(d.propensity()).as(p.name()).isEqualTo(dist[d.hour()]);
                int window = p.name().equals("g917") ? mask(9, 17) : RULE_HOURS;
                for (int h = 0; h < 24; h++) {
                    if ((window & (1 << h)) != 0) {
                        assertThat(dist[h]).as(p.name() + " hour " + h).isGreaterThanOrEqualTo(floor - 1e-12);
                    } else {
                        assertThat(dist[h]).as(p.name() + " hour " + h).isZero();
                    }
                }
            }
        }
    }

    @Test
    void greedyPutsTheRestOnTheBestBelievedHourAndRanksTheLikeliestContactsFirst() {
        GreedyPolicy g = new GreedyPolicy("g", taught(), 0.01, 8, 21);
        List<Dial> plan = g.plan(day(MONDAY, due(20), 10, 1));
        for (Dial d : plan) {
            // even indices are "lead": taught to answer at 14
            assertThat(d.contactIndex() % 2).isZero();
            assertThat(d.distribution()[14]).isCloseTo(1 - 12 * 0.01, within(1e-9));
        }
    }

    @Test
    void aFullHourLeavesTheDistributionAndTheNextContactsGoElsewhereWithExactPropensities() {
        GreedyPolicy g = new GreedyPolicy("g", taught(), 0.01, 8, 21);
        List<Dial> plan = g.plan(day(MONDAY, due(20), 10, 3, 1));
        assertThat(plan).hasSize(10);
        int[] byHour = new int[24];
        for (Dial d : plan) {
            double[] dist = d.distribution();
            assertThat(d.propensity()).isEqualTo(dist[d.hour()]);
            assertThat(java.util.Arrays.stream(dist).sum()).isCloseTo(1.0, within(1e-9));
            // exactly the hours of the window in which the rep has room are in the distribution
            int open = 0;
            for (int h = 8; h < 21; h++) {
                assertThat(dist[h] > 0).as("contact %d, hour %d", d.contactIndex(), h).isEqualTo(byHour[h] < 3);
                open += byHour[h] < 3 ? 1 : 0;
            }
            // "lead" contacts want 14:00, all but the floor on it, until three dials fill it
            if (byHour[14] < 3) {
                assertThat(dist[14]).as("contact %d", d.contactIndex()).isCloseTo(1 - (open - 1) * 0.01, within(1e-9));
            }
            byHour[d.hour()]++;
        }
        for (int h = 0; h < 24; h++) {
            assertThat(byHour[h]).as("dials at %d", h).isLessThanOrEqualTo(3);
        }
        assertThat(byHour[14]).isEqualTo(3);
    }

    @Test
    void thompsonIsReproducibleAndItsChoiceFrequenciesMatchItsPropensities() {
        ThompsonPolicy t1 = new ThompsonPolicy("t", taught(), 16, 0.01, 8, 21);
        ThompsonPolicy t2 = new ThompsonPolicy("t", taught(), 16, 0.01, 8, 21);
        assertThat(t1.plan(day(MONDAY, due(10), 10, 3))).isEqualTo(t2.plan(day(MONDAY, due(10), 10, 3)));
        // over many independent days with a fixed belief, the hour dialled follows the logged distribution
        double[] freq = new double[24];
        double[] prop = new double[24];
        int n = 0;
        for (long s = 0; s < 400; s++) {
            for (Dial d : t1.plan(day(MONDAY, due(2), 2, s))) {
                freq[d.hour()]++;
                for (int h = 0; h < 24; h++) {
                    prop[h] += d.distribution()[h];
                }
                n++;
            }
        }
        for (int h = 0; h < 24; h++) {
            assertThat(freq[h] / n).as("hour " + h).isCloseTo(prop[h] / n, within(0.05));
        }
    }

    @Test
    void learnsOnlineFromEachOutcome() {
        SlotBelief b = new HierarchicalBetaBelief();
        DueContact c = due(1).get(0);
        double before = b.mean(c, MONDAY)[10];
        for (int k = 0; k < 20; k++) {
            LocalDateTime t = MONDAY.minusDays(1 + k).atTime(10, 0);
            b.observe(new ObservedDial(0, c.contact(), t, t.atZone(BERLIN).toInstant(), Outcome.CONNECTED));
        }
        assertThat(b.mean(c, MONDAY)[10]).isGreaterThan(before + 0.3);
        SlotBelief copy = b.copy();
        copy.observe(new ObservedDial(0, c.contact(), MONDAY.atTime(9, 0), MONDAY.atTime(9, 0).atZone(BERLIN).toInstant(),
                Outcome.NO_ANSWER));
        assertThat(copy.mean(c, MONDAY)[9]).isLessThan(b.mean(c, MONDAY)[9]);
    }

    @Test
    void floorHelper() {
        double[] q = new double[24];
        q[12] = 1;
        double[] p = Exploration.withFloor(q, mask(10, 14), 0.05);
        assertThat(p[10]).isCloseTo(0.05, within(1e-12));
        assertThat(p[12]).isCloseTo(0.85, within(1e-12));
        assertThat(p[9]).isZero();
        // a floor above 1/k becomes uniform
        double[] u = Exploration.withFloor(q, mask(10, 14), 0.5);
        assertThat(u[10]).isCloseTo(0.25, within(1e-12));
        assertThat(u[12]).isCloseTo(0.25, within(1e-12));
    }
}
