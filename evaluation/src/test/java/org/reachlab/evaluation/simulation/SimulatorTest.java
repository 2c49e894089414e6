package org.reachlab.evaluation.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.SlotRotationPolicy;
import org.reachlab.models.policy.WindowPolicy;

class SimulatorTest {

    private static SyntheticWorld world(int contacts, int weeks, long seed) {
        WorldConfig c = WorldFiles.defaults().withContacts(contacts).withWeeks(weeks);
        return new WorldGenerator(c).generate(seed);
    }

    private static List<Policy> fixedRules(SyntheticWorld w) {
        return List.of(WindowPolicy.nineToFive(), SlotRotationPolicy.nineToFive(),
                FixedHourPolicy.globallyBest(Calibration.of(w).hourly(), 9, 17));
    }

    @Test
    void oracleIsNeverBelowAnyPolicyInExpectedValue() {
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticWorld w = world(400, 6, seed);
            Simulator sim = new Simulator(w, seed);
            SimulationResult oracle = sim.run(sim.oracle(), null);
            for (Policy p : fixedRules(w)) {
                SimulationResult r = sim.run(p, null);
                assertThat(oracle.expectedRate()).as("seed %d, oracle vs %s", seed, p.name())
                        .isGreaterThanOrEqualTo(r.expectedRate());
                assertThat(oracle.expectedConnects()).as("seed %d, oracle vs %s (connects)", seed, p.name())
                        .isGreaterThanOrEqualTo(r.expectedConnects());
            }
        }
    }

    @Test
    void aRulesFileNamedByTheWorldIsWhatTheSimulatorEnforces() {
        WorldConfig c = WorldFiles.defaults().withContacts(400).withWeeks(4);
        WorldConfig.Dialing d = c.dialing();
        c = c.withDialing(new WorldConfig.Dialing(d.reps(), d.dialsPerRep(), d.dialsPerRepHour(), d.earliest(),
                d.latest(), d.weekends(), d.holidays(), d.maxAttemptsPerWeek(), d.recontactDays(), "bundled"));
        SyntheticWorld w = new WorldGenerator(c).generate(5);
        Simulator sim = new Simulator(w, 5);
        org.reachlab.data.compliance.CallingRules rules = sim.callingRules();
        assertThat(rules.minGapMinutes()).isEqualTo(240);
        List<SimulatedCall> calls = new ArrayList<>();
        SimulationResult r = sim.run(sim.oracle(), calls::add);
        assertThat(r.violations()).doesNotContainKeys(Violation.OUTSIDE_HOURS, Violation.DAY_NOT_ALLOWED);
        Map<Integer, List<java.time.Instant>> history = new HashMap<>();
        long norwegian = 0;
        for (SimulatedCall call : calls) {
            Contact contact = w.contacts().get(call.contactIndex());
            List<java.time.Instant> before = history.computeIfAbsent(call.contactIndex(), k -> new ArrayList<>());
            java.time.Instant at = call.at().toInstant();
            // window, day, weekly cap and minimum gap; connects are left out of the history, so the pause is not checked here
            assertThat(rules.check(contact, org.reachlab.data.compliance.ContactFlags.NONE, at,
                    new org.reachlab.data.compliance.CallHistory(before, null), w.calendar()))
                    .as("%s at %s", contact.id(), call.at()).isEmpty();
            before.add(at);
            if (contact.country().equals("NO")) {
                norwegian++;
                assertThat(call.at().atZoneSameInstant(contact.zone()).getHour()).isGreaterThanOrEqualTo(9);
            }
        }
        assertThat(norwegian).isPositive();
    }

    @Test
    void hardRulesAreNeverBrokenInALongRun() {
        SyntheticWorld w = world(600, 26, 11);
        WorldConfig.Dialing rules = w.config().dialing();
        Simulator sim = new Simulator(w, 11);
        List<Policy> policies = new ArrayList<>(fixedRules(w));
        policies.add(sim.oracle());
        for (Policy p : policies) {
            List<SimulatedCall> calls = new ArrayList<>();
            SimulationResult r = sim.run(p, calls::add);
            assertThat(r.totalViolations()).as(p.name()).isZero();
            assertThat(r.dials()).isEqualTo(calls.size()).isPositive();
            Map<String, Integer> perWeek = new HashMap<>();
            Map<String, Integer> perRepDay = new HashMap<>();
            Map<String, Integer> perRepHour = new HashMap<>();
            for (SimulatedCall c : calls) {
                Contact contact = w.contacts().get(c.contactIndex());
                LocalDateTime local = c.at().atZoneSameInstant(contact.zone()).toLocalDateTime();
                assertThat(local.getHour()).as("%s hour", p.name()).isBetween(rules.earliest(), rules.latest() - 1);
                assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(w.calendar().isHoliday(local.toLocalDate(), contact.region()))
                        .as("%s dialed %s on a holiday %s", p.name(), contact.id(), local).isFalse();
                String week = contact.id() + "/" + local.get(IsoFields.WEEK_BASED_YEAR) + "-"
                        + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                assertThat(perWeek.merge(week, 1, Integer::sum)).isLessThanOrEqualTo(rules.maxAttemptsPerWeek());
                assertThat(perRepDay.merge(c.repId() + "/" + local.toLocalDate(), 1, Integer::sum))
                        .isLessThanOrEqualTo(rules.dialsPerRep());
                assertThat(perRepHour.merge(c.repId() + "/" + local.toLocalDate() + "/" + local.getHour(), 1,
                        Integer::sum)).as("%s dials of %s at %s", p.name(), c.repId(), local)
                        .isLessThanOrEqualTo(rules.dialsPerRepHour());
            }
        }
    }

    @Test
    void dialsBreakingRulesAreRefusedAndCounted() {
        SyntheticWorld w = world(200, 2, 3);
        Simulator sim = new Simulator(w, 3);
        Policy rogue = new Policy() {
            @Override
            public String name() {
                return "rogue";
            }

            @Override
            public List<Dial> plan(DayContext day) {
                List<Dial> out = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    out.add(Dial.certain(i, 22, "rep-01"));     // too late
                    out.add(Dial.certain(i, 10, "nobody"));     // unknown rep
                }
                for (int k = 0; k < 5; k++) {
                    out.add(Dial.certain(0, 10, "rep-02"));     // over the weekly cap
                }
                return out;
            }
        };
        List<SimulatedCall> calls = new ArrayList<>();
        SimulationResult r = sim.run(rogue, calls::add);
        assertThat(r.violations().get(Violation.OUTSIDE_HOURS)).isPositive();
        assertThat(r.violations().get(Violation.CAPACITY)).isPositive();
        assertThat(r.violations().get(Violation.WEEKLY_CAP)).isPositive();
        assertThat(r.violations().get(Violation.DAY_NOT_ALLOWED)).isPositive();
        for (SimulatedCall c : calls) {
            assertThat(c.contactIndex()).isZero();
            assertThat(c.repId()).isEqualTo("rep-02");
        }
        assertThat(calls.size()).isLessThanOrEqualTo(2 * w.config().dialing().maxAttemptsPerWeek());
    }

    @Test
    void dialsOverARepsHourAreRefusedAsHourlyCapacity() {
        SyntheticWorld w = world(200, 1, 3);
        int perHour = w.config().dialing().dialsPerRepHour();
        Simulator sim = new Simulator(w, 3);
        Policy crowd = new Policy() {
            @Override
            public String name() {
                return "crowd";
            }

            @Override
            public List<Dial> plan(DayContext day) {
                // every due contact at 10:00 by the first rep, past the hour's dials and the day's
                List<Dial> out = new ArrayList<>();
                for (var c : day.due()) {
                    out.add(Dial.certain(c.index(), 10, "rep-01"));
                }
                return out;
            }
        };
        List<SimulatedCall> calls = new ArrayList<>();
        SimulationResult r = sim.run(crowd, calls::add);
        assertThat(r.violations().get(Violation.HOURLY_CAPACITY)).isPositive();
        assertThat(r.violations()).doesNotContainKey(Violation.CAPACITY);
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (SimulatedCall c : calls) {
            perDay.merge(c.at().toLocalDate(), 1, Integer::sum);
        }
        assertThat(perDay.values()).allMatch(n -> n <= perHour).contains(perHour);
        assertThat(Violation.HOURLY_CAPACITY.code()).isEqualTo("hourly_capacity");
    }

    @Test
    void aDaysDialsFitInOneHourOnlyWhenTheWorldSaysSo() {
        SyntheticWorld w = world(400, 2, 6);
        WorldConfig.Dialing rules = w.config().dialing();
        FixedHourPolicy best = FixedHourPolicy.globallyBest(Calibration.of(w).hourly(), 9, 17);
        Map<Integer, Integer> capped = new HashMap<>();
        Map<LocalDate, Integer> atBestPerDay = new HashMap<>();
        new Simulator(w, 6).run(best, c -> {
            LocalDateTime local = c.at().atZoneSameInstant(w.contacts().get(c.contactIndex()).zone()).toLocalDateTime();
            capped.merge(local.getHour(), 1, Integer::sum);
            if (local.getHour() == best.hour()) {
                atBestPerDay.merge(local.toLocalDate(), 1, Integer::sum);
            }
        });
        Map<Integer, Integer> free = new HashMap<>();
        new Simulator(w, rules.withDialsPerRepHour(rules.dialsPerRep()), 6).run(best, c -> free.merge(
                c.at().atZoneSameInstant(w.contacts().get(c.contactIndex()).zone()).getHour(), 1, Integer::sum));
        // without an hourly limit the whole day goes to the best hour; with it, the team's hour fills
        // and the rest goes to the next best pooled hours
        assertThat(free).containsOnlyKeys(best.hour());
        assertThat(capped.keySet()).contains(best.hour()).hasSizeGreaterThan(1);
        assertThat(atBestPerDay.values()).allMatch(n -> n <= rules.hourlyCapacity()).contains(rules.hourlyCapacity());
    }

    @Test
    void rotationNeverTriesASlotTwiceBeforeTryingAllOthers() {
        SyntheticWorld w = world(150, 16, 5);
        WorldConfig.Dialing rules = new WorldConfig.Dialing(5, 40, 12, 8, 21, false, false, 3, 365);
        Simulator sim = new Simulator(w, rules, 5);
        Map<String, int[]> counts = new HashMap<>();
        sim.run(SlotRotationPolicy.nineToFive(), c -> {
            int[] k = counts.computeIfAbsent(c.contactId(), x -> new int[24]);
            int h = c.at().atZoneSameInstant(w.contacts().get(c.contactIndex()).zone()).getHour();
            int min = Integer.MAX_VALUE;
            for (int j = 9; j < 17; j++) {
                min = Math.min(min, k[j]);
            }
            assertThat(k[h]).as("%s at %d", c.contactId(), h).isEqualTo(min);
            assertThat(c.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1);
            k[h]++;
        });
        assertThat(counts.values().stream().mapToInt(a -> java.util.Arrays.stream(a).sum()).max().orElse(0))
                .isGreaterThan(8);
    }

    @Test
    void uniformPropensityIsOneEighthAndSampledRateMatchesExpected() {
        SyntheticWorld w = world(1000, 8, 9);
        Simulator sim = new Simulator(w, 9);
        int[] byHour = new int[24];
        SimulationResult r = sim.run(WindowPolicy.nineToFive(), c -> {
            assertThat(c.propensity()).isEqualTo(0.125);
            byHour[c.at().atZoneSameInstant(w.contacts().get(c.contactIndex()).zone()).getHour()]++;
        });
        for (int h = 9; h < 17; h++) {
            assertThat(byHour[h]).as("hour %d", h).isBetween((int) (r.dials() / 8 * 0.85), (int) (r.dials() / 8 * 1.15));
        }
        double se = Math.sqrt(r.expectedRate() * (1 - r.expectedRate()) / r.dials());
        assertThat(Math.abs(r.sampledRate() - r.expectedRate())).isLessThan(4 * se);
        assertThat(r.sampledRate()).isBetween(0.13, 0.21);
    }

    @Test
    void runsAreDeterministic() {
        SyntheticWorld w = world(300, 3, 4);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        new Simulator(w, 4).run(WindowPolicy.nineToFive(), c -> a.add(c.contactId() + c.at() + c.result()));
        new Simulator(w, 4).run(WindowPolicy.nineToFive(), c -> b.add(c.contactId() + c.at() + c.result()));
        assertThat(a).isNotEmpty().isEqualTo(b);
        LocalDate start = w.start();
        assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
}
