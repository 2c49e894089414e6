package org.reachlab.models.policy.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.models.Absence;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.ObservedDial;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * The contract every registered policy type must meet, run over every name in
 * {@link PolicyRegistry#standard()}: on a small day it dials only due contacts with dials left,
 * each at most once, at an allowed hour inside its window, within every rep's capacity for the
 * day and for each hour, with a
 * propensity that matches its distribution, and the same dials for the same seed.
 */
class PolicyTypeContractTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2025, 10, 7);
    private static final int FROM = 10;
    private static final int TO = 16;
    /** 15 dials in all, at most 4 in one hour: a type that puts everyone in one hour must spread. */
    private static final List<DayContext.Rep> REPS = List.of(new DayContext.Rep("rep-01", 8, 2),
            new DayContext.Rep("rep-02", 7, 2));

    static List<String> types() {
        return PolicyRegistry.standard().names();
    }

    private static Contact contact(int i) {
        return new Contact("c" + i, "DE", null, BERLIN, i % 3 == 0 ? "it" : "retail", null, null,
                i % 2 == 0 ? "lead" : "dev", "de");
    }

    /** 40 due contacts: varied allowed hours (some none inside the window), some with no dials left this week. */
    private static List<DueContact> due() {
        SplittableRandom r = new SplittableRandom(5);
        List<DueContact> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int allowed = 0;
            for (int h = 8; h < 21; h++) {
                if (r.nextInt(3) > 0) {
                    allowed |= 1 << h;
                }
            }
            if (i % 7 == 0) {
                allowed = (1 << 8) | (1 << 19);
            }
            int[] counts = new int[24];
            for (int h = 8; h < 21; h++) {
                counts[h] = r.nextInt(3);
            }
            Instant last = i % 4 == 0 ? null : Instant.parse("2025-10-01T10:00:00Z").plusSeconds(3600L * i);
            out.add(new DueContact(i, contact(i), allowed, i % 5 == 0 ? 0 : 2, Arrays.stream(counts).sum(), last,
                    counts, List.of()));
        }
        return out;
    }

    /** A belief that has seen some dials of this day's contacts and of others. */
    private static SlotBelief belief() {
        SlotBelief b = new HierarchicalBetaBelief();
        SplittableRandom r = new SplittableRandom(9);
        for (int k = 0; k < 600; k++) {
            int i = r.nextInt(60);
            LocalDateTime t = DAY.minusDays(1 + r.nextInt(20)).atTime(8 + r.nextInt(13), 15);
            b.observe(new ObservedDial(i, contact(i), t, t.atZone(BERLIN).toInstant(),
                    r.nextInt(4) == 0 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
        }
        return b;
    }

    private static PolicyInputs inputs() {
        double[] hourly = new double[24];
        for (int h = 8; h < 21; h++) {
            hourly[h] = 0.1 + 0.01 * ((h * 7) % 5);
        }
        return new PolicyInputs(belief(), hourly, 8, 21,
                (c, date, h) -> 0.05 + 0.02 * ((c.index() + h) % 9),
                (c, date, h) -> 0.05 + 0.02 * ((c.contact().industry().length() + h) % 7), stated());
    }

    /** Stated preferences of some contacts: a preferred afternoon, an avoided morning, a day away. */
    private static StatedPreferences stated() {
        Map<String, ContactPreferences> by = new HashMap<>();
        for (int i = 0; i < 40; i += 3) {
            double[] w = new double[LocalSlot.COUNT];
            for (int h = 8; h < 12; h++) {
                w[LocalSlot.indexOf(DAY.getDayOfWeek(), h)] = -0.8;
            }
            for (int h = 14; h < 17; h++) {
                w[LocalSlot.indexOf(DAY.getDayOfWeek(), h)] = i % 2 == 0 ? 0.9 : 0;
            }
            List<Absence> away = i % 9 == 0 ? List.of(Absence.days(DAY, DAY)) : List.of();
            by.put("c" + i, new ContactPreferences("c" + i, w, away, null));
        }
        return StatedPreferences.of(by);
    }

    private static PolicySettings settings() {
        return new PolicySettings(null, FROM, TO, null, null, 8, null);
    }

    private static List<Dial> planOnce(String type, long seed) {
        Policy p = PolicyRegistry.standard().get(type).create(settings(), inputs());
        return p.plan(new DayContext(DAY, due(), REPS, new SplittableRandom(seed)));
    }

    @Test
    void registryHoldsTheProjectsTypesInCanonicalOrderAndRejectsUnknownNames() {
        assertThat(types()).containsSubsequence(PolicyRegistry.CANONICAL);
        assertThat(PolicyRegistry.standard().find(" Best-Hour ")).map(PolicyType::name).contains("best-hour");
        assertThatThrownBy(() -> PolicyRegistry.standard().get("window"))
                .isInstanceOf(UnknownPolicyTypeException.class)
                .hasMessageContaining("'window'")
                .hasMessageContaining(String.join(", ", PolicyRegistry.CANONICAL));
        assertThat(PolicyRegistry.standard().names(PolicyType::canLog)).containsExactly("uniform", "rotation");
        assertThat(PolicyRegistry.standard().names(PolicyType::needsModel))
                .containsExactly("greedy", "epsilon-greedy", "thompson");
    }

    @ParameterizedTest
    @MethodSource("types")
    void describesItselfAndTakesTheGivenName(String type) {
        PolicyType t = PolicyRegistry.standard().get(type);
        assertThat(t.name()).isEqualTo(type);
        assertThat(t.description()).isNotBlank();
        assertThat(t.needsHistory()).as("a type that needs a model is fitted on a history").isEqualTo(
                t.needsHistory() || t.needsModel());
        assertThat(t.canLog() && (t.needsModel() || t.needsHistory() || t.needsTruth()))
                .as("a logging policy needs no history, model or truth").isFalse();
        assertThat(t.create(settings(), inputs()).name()).isNotBlank();
        assertThat(t.create(settings().withName("my_policy"), inputs()).name()).isEqualTo("my_policy");
    }

    @ParameterizedTest
    @MethodSource("types")
    void dialsOnlyDueContactsAtAllowedHoursOfItsWindowWithinCapacity(String type) {
        Map<Integer, DueContact> due = new HashMap<>();
        due().forEach(c -> due.put(c.index(), c));
        List<Dial> dials = planOnce(type, 3);
        assertThat(dials).as("%s dials someone when contacts and capacity are there", type).isNotEmpty();
        assertThat(dials.size()).isLessThanOrEqualTo(15);
        Set<Integer> seen = new HashSet<>();
        Map<String, Integer> perRep = new HashMap<>();
        Map<String, Integer> perRepHour = new HashMap<>();
        for (Dial d : dials) {
            DueContact c = due.get(d.contactIndex());
            assertThat(c).as("%s dials contact %d, which is not due", type, d.contactIndex()).isNotNull();
            assertThat(seen.add(d.contactIndex())).as("%s dials contact %d twice", type, d.contactIndex()).isTrue();
            assertThat(c.remainingThisWeek()).as("%s dials contact %d with no dials left", type, c.index())
                    .isPositive();
            assertThat(c.allows(d.hour())).as("%s dials contact %d at %d, not allowed", type, c.index(), d.hour())
                    .isTrue();
            assertThat(d.hour()).as("%s keeps to its window", type).isBetween(FROM, TO - 1);
            perRep.merge(d.repId(), 1, Integer::sum);
            perRepHour.merge(d.repId() + "@" + d.hour(), 1, Integer::sum);
            if (d.distribution() != null) {
                assertThat(d.distribution()[d.hour()]).isEqualTo(d.propensity());
                assertThat(Arrays.stream(d.distribution()).sum()).isCloseTo(1.0, within(1e-9));
                for (int h = 0; h < 24; h++) {
                    if (d.distribution()[h] > 0) {
                        assertThat(c.allows(h) && h >= FROM && h < TO)
                                .as("%s puts probability on hour %d of contact %d", type, h, c.index()).isTrue();
                    }
                }
            }
        }
        for (DayContext.Rep rep : REPS) {
            assertThat(perRep.getOrDefault(rep.id(), 0)).isLessThanOrEqualTo(rep.capacity());
            for (int h = 0; h < 24; h++) {
                assertThat(perRepHour.getOrDefault(rep.id() + "@" + h, 0))
                        .as("%s books %s more than %d dials at %d", type, rep.id(), rep.perHour(), h)
                        .isLessThanOrEqualTo(rep.perHour());
            }
        }
        assertThat(perRep.keySet()).allMatch(id -> REPS.stream().anyMatch(r -> r.id().equals(id)));
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSameSeedGivesTheSameDials(String type) {
        assertThat(planOnce(type, 17)).isEqualTo(planOnce(type, 17));
    }

    @ParameterizedTest
    @MethodSource("types")
    void aMissingInputIsNamed(String type) {
        PolicyType t = PolicyRegistry.standard().get(type);
        PolicyInputs none = PolicyInputs.ofHours(8, 21);
        if (t.needsModel() || t.needsHistory() || t.needsTruth()) {
            assertThatThrownBy(() -> t.create(PolicySettings.defaults(), none))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + type + "'");
        } else {
            assertThat(t.create(PolicySettings.defaults(), none).plan(
                    new DayContext(DAY, due(), REPS, new SplittableRandom(1)))).isNotEmpty();
        }
    }
}
