package org.reachlab.models.policy.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.models.Absence;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

/** The evidence the beta_online belief learns besides the hour counts: statements and re-dial fatigue. */
class EvidenceFactorsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:00Z");

    private static Contact contact(int i) {
        return new Contact("c" + i, "DE", null, BERLIN, "it", null, null, "it_lead", "de");
    }

    private static ObservedDial dial(Contact c, LocalDateTime local, boolean connected) {
        return new ObservedDial(ObservedDial.UNKNOWN_INDEX, c, local, local.atZone(BERLIN).toInstant(),
                connected ? Outcome.CONNECTED : Outcome.NO_ANSWER);
    }

    /** Contacts 0-99 said "Tuesdays at 14" (known from January); the others said nothing. */
    private static StatedPreferences tuesdayAtTwo(Instant knownFrom) {
        Map<String, ContactPreferences> m = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            double[] w = new double[LocalSlot.COUNT];
            w[LocalSlot.indexOf(java.time.DayOfWeek.TUESDAY, 14)] = 0.9;
            w[LocalSlot.indexOf(java.time.DayOfWeek.MONDAY, 9)] = -0.9;
            m.put("c" + i, new ContactPreferences("c" + i, w, List.of(), knownFrom));
        }
        return StatedPreferences.of(m);
    }

    /**
     * Everyone is dialled every weekday at 9, 11, 14 and 16 for eight weeks; a true rate of 0.2,
     * 0.6 for the stated contacts on Tuesdays at 14 and 0.02 on Mondays at 9.
     */
    private static HierarchicalBetaBelief trained(StatedPreferences stated) {
        HierarchicalBetaBelief b = new HierarchicalBetaBelief();
        b.useStated(stated);
        SplittableRandom r = new SplittableRandom(7);
        for (int week = 0; week < 8; week++) {
            for (int day = 0; day < 5; day++) {
                LocalDate d = MONDAY.plusWeeks(week).plusDays(day);
                for (int h : new int[] {9, 11, 14, 16}) {
                    for (int i = 0; i < 200; i++) {
                        if ((i + day + h + week) % 9 != 0) {
                            continue;   // each contact about twice a week, at varying hours
                        }
                        boolean says = i < 100;
                        double p = says && day == 1 && h == 14 ? 0.6 : says && day == 0 && h == 9 ? 0.02 : 0.2;
                        b.observe(dial(contact(i), d.atTime(h, 10), r.nextDouble() < p));
                    }
                }
            }
        }
        return b;
    }

    @Test
    void statedSlotsAreLearnedAsFactorsAndOnlyCountOnceKnown() {
        HierarchicalBetaBelief b = trained(tuesdayAtTwo(EARLY));
        Map<String, Double> f = b.evidenceFactors();
        assertTrue(f.get("statedPreferred") > 1.8, "a stated slot answering at 3x is learned: " + f);
        assertTrue(f.get("statedAvoided") < 0.6, "an avoided slot answering at 0.1x is learned: " + f);
        LocalDate tuesday = MONDAY.plusWeeks(9).plusDays(1);
        double[] stated = b.means(contact(3), tuesday, true);
        double[] silent = b.means(contact(150), tuesday, true);
        assertTrue(stated[14] > 1.5 * silent[14], "the statement lifts its slot: " + stated[14] + " vs " + silent[14]);
        double[] wednesday = b.means(contact(3), tuesday.plusDays(1), true);
        assertTrue(wednesday[14] < stated[14] / 1.5, "only on the stated weekday");

        // the same statements written after the dials: nothing to learn from, and nothing applied before
        HierarchicalBetaBelief late = trained(tuesdayAtTwo(Instant.parse("2026-12-01T00:00:00Z")));
        assertEquals(1.0, late.evidenceFactors().get("statedPreferred"), 1e-6);
        assertEquals(late.means(contact(3), tuesday, true)[14], late.means(contact(3), tuesday.plusDays(1), true)[14],
                1e-12, "no weekday tilt from a statement not yet known");
    }

    @Test
    void aStatedAbsenceLowersItsDaysOnceDialsShowIt() {
        Map<String, ContactPreferences> m = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            m.put("c" + i, new ContactPreferences("c" + i, new double[LocalSlot.COUNT],
                    List.of(new Absence(MONDAY, MONDAY.plusWeeks(8), 0, 24, EARLY)), null));
        }
        HierarchicalBetaBelief b = new HierarchicalBetaBelief();
        b.useStated(StatedPreferences.of(m));
        SplittableRandom r = new SplittableRandom(3);
        for (int day = 0; day < 40; day++) {
            for (int i = 0; i < 100; i++) {
                boolean away = i < 50;
                b.observe(dial(contact(i), MONDAY.plusDays(day).atTime(10, 0), !away && r.nextDouble() < 0.25));
            }
        }
        assertTrue(b.evidenceFactors().get("statedAbsent") < 0.2, b.evidenceFactors().toString());
        double[] away = b.means(contact(1), MONDAY.plusDays(41), true);
        double[] back = b.means(contact(1), MONDAY.plusWeeks(9), true);
        assertTrue(away[11] < 0.5 * back[11], away[11] + " vs " + back[11]);
    }

    @Test
    void redialsNearTheSameHourAreLearnedAsFatigue() {
        HierarchicalBetaBelief b = new HierarchicalBetaBelief();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 400; i++) {
            Contact c = contact(i);
            // four days in a row at 10: the first at 0.3, each later one worn by 0.5 per earlier dial
            for (int k = 0; k < 4; k++) {
                double p = 0.3 * Math.pow(0.5, k);
                b.observe(dial(c, MONDAY.plusWeeks(i % 6).plusDays(k).atTime(10, 0), r.nextDouble() < p));
            }
        }
        double phi = b.evidenceFactors().get("redialFatigue");
        assertTrue(phi > 0.3 && phi < 0.75, "fatigue near the true 0.5: " + phi);
    }

    @Test
    void hoursTheHistoryNeverTriedStartAtTheLowestWellDialledRate() {
        HierarchicalBetaBelief b = new HierarchicalBetaBelief();
        SplittableRandom r = new SplittableRandom(11);
        for (int day = 0; day < 30; day++) {
            for (int h = 9; h < 17; h++) {
                for (int i = 0; i < 10; i++) {
                    double p = h < 12 ? 0.3 : 0.15;
                    b.observe(dial(contact(i), MONDAY.plusDays(day).atTime(h, 0), r.nextDouble() < p));
                }
            }
        }
        double[] m = b.means(contact(500), MONDAY.plusDays(40), true);
        for (int h : new int[] {7, 8, 18, 20}) {
            assertTrue(m[h] <= m[13] + 0.02, "hour " + h + " untried: " + m[h] + " vs the afternoon " + m[13]);
        }
        assertTrue(m[10] > m[13] + 0.08, "the tried hours keep what they showed");
    }

    @Test
    void theStateKeepsWhatWasLearned() {
        HierarchicalBetaBelief b = trained(tuesdayAtTwo(EARLY));
        HierarchicalBetaBelief back = HierarchicalBetaBelief.of(b.state());
        assertEquals(b.evidenceFactors(), back.evidenceFactors());
        LocalDate tuesday = MONDAY.plusWeeks(9).plusDays(1);
        assertEquals(b.means(contact(3), tuesday, false)[14], back.means(contact(3), tuesday, false)[14], 1e-12);
        HierarchicalBetaBelief old = HierarchicalBetaBelief.of(new HierarchicalBetaBelief.State(
                b.state().strengths(), b.state().dials(), b.state().connects(), b.state().segments(),
                b.state().contacts()));
        assertEquals(1.0, old.evidenceFactors().get("statedPreferred"), 1e-12, "a state saved without evidence");
    }
}
