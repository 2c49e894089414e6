package org.reachlab.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.SignalKind;

class WorldGeneratorTest {

    private static SyntheticWorld world;

    @BeforeAll
    static void generate() {
        world = new WorldGenerator(WorldFiles.defaults().withContacts(1500)).generate(3);
    }

    @Test
    void sameSeedSameWorldOtherSeedOtherWorld() {
        WorldConfig c = WorldFiles.defaults().withContacts(100).withWeeks(3);
        SyntheticWorld a = new WorldGenerator(c).generate(5);
        SyntheticWorld b = new WorldGenerator(c).generate(5);
        SyntheticWorld other = new WorldGenerator(c).generate(6);
        assertThat(b.truths()).isEqualTo(a.truths());
        assertThat(b.notes()).isEqualTo(a.notes());
        assertThat(b.statements()).isNotEmpty().isEqualTo(a.statements());
        assertThat(other.truths()).isNotEqualTo(a.truths());
    }

    @Test
    void theMixCoversCountriesZonesAndSegments() {
        Map<String, Long> countries = world.contacts().stream()
                .collect(Collectors.groupingBy(Contact::country, Collectors.counting()));
        assertThat(countries.keySet()).containsExactlyInAnyOrder("DE", "NO", "SE", "GB", "US");
        Set<String> usZones = world.contacts().stream().filter(c -> c.country().equals("US"))
                .map(c -> c.zone().getId()).collect(Collectors.toSet());
        assertThat(usZones).contains("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles");
        assertThat(world.contacts().stream().map(Contact::role).distinct().count()).isEqualTo(5);
    }

    @Test
    void holidaysOfTheRegionLowerReachability() {
        // 3 October is German Unity Day; 27 November 2025 is Thanksgiving in the US
        int de = index(c -> c.country().equals("DE") && !world.truth(indexOf(c)).wrongNumber());
        assertThat(world.dayFactor(de, LocalDate.of(2025, 10, 3)))
                .isEqualTo(world.config().calendar().holidayFactor());
        int us = index(c -> c.country().equals("US") && !world.truth(indexOf(c)).wrongNumber());
        LocalDate thanksgiving = LocalDate.of(2025, 11, 27);
        assertThat(world.connectProbability(us, thanksgiving, 10))
                .isLessThan(world.truth(us).profileOn(thanksgiving).at(3 * 24 + 10) * 0.1 + 1e-9);
    }

    @Test
    void someContactsDriftAndTheirProfilesChange() {
        long drifting = world.truths().stream().filter(t -> t.driftDate() != null).count();
        assertThat((double) drifting / world.contacts().size()).isBetween(0.10, 0.20);
        ContactTruth t = world.truths().stream().filter(x -> x.driftDate() != null).findFirst().orElseThrow();
        assertThat(t.profileOn(t.driftDate())).isNotEqualTo(t.profileOn(t.driftDate().minusDays(1)));
        assertThat(t.driftDate()).isAfter(world.start()).isBefore(world.end());
    }

    @Test
    void sharpHabitsAreSharp() {
        ContactTruth t = world.truths().stream().filter(x -> x.profiles().get(0).habit() != null && !x.wrongNumber())
                .findFirst().orElseThrow();
        Habit h = t.profiles().get(0).habit();
        int hour = h.fromMinute() / 60;
        double inside = t.profiles().get(0).at((h.days().get(0).getValue() - 1) * 24 + hour);
        assertThat(inside).isGreaterThanOrEqualTo(h.rate() * h.overlap(hour) - 1e-6);
        long share = world.truths().stream().filter(x -> x.profiles().get(0).habit() != null).count();
        assertThat((double) share / world.contacts().size()).isBetween(0.20, 0.30);
    }

    @Test
    void mostNotesHaveNoTimingSignalAndStatementsAreMostlyTrue() {
        long withSignal = world.statements().stream().map(Statement::noteId).distinct().count();
        assertThat(world.notes()).hasSizeGreaterThan(world.contacts().size());
        assertThat((double) withSignal / world.notes().size()).isBetween(0.05, 0.45);
        assertThat(world.statements()).extracting(Statement::kind)
                .contains(SignalKind.PREFER, SignalKind.AVOID, SignalKind.UNAVAILABLE);
        assertThat(world.statements()).anyMatch(Statement::vague).anyMatch(s -> !s.vague());
        assertThat(world.statements()).anyMatch(s -> s.validUntil() != null);
        // a stated preference from the habit points at better-than-usual hours
        var habits = world.statements().stream().filter(s -> s.basis().equals("habit") && !s.vague()
                && s.rateOutside() > 0).toList();
        assertThat(habits).isNotEmpty();
        assertThat(habits.stream().filter(s -> s.rateInside() > s.rateOutside()).count())
                .isGreaterThan(habits.size() * 9L / 10);
        var absences = world.statements().stream().filter(s -> s.kind() == SignalKind.UNAVAILABLE && s.rateOutside() > 0)
                .toList();
        assertThat(absences.stream().filter(s -> s.rateInside() < s.rateOutside()).count())
                .isGreaterThan(absences.size() * 9L / 10);
        Map<String, Contact> byId = world.contacts().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        assertThat(world.notes()).allMatch(n -> byId.containsKey(n.contactId())
                && n.at().getOffset().equals(byId.get(n.contactId()).zone().getRules().getOffset(n.at().toInstant())));
    }

    private static int indexOf(Contact c) {
        return world.contacts().indexOf(c);
    }

    private static int index(java.util.function.Predicate<Contact> p) {
        for (int i = 0; i < world.contacts().size(); i++) {
            if (p.test(world.contacts().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such contact");
    }
}
