package org.reachlab.evaluation.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;

class SegmentOracleTest {

    @Test
    void segmentTruthIsTheMeanOverTheSegmentsContacts() {
        SyntheticWorld w = new WorldGenerator(WorldFiles.defaults().withContacts(200).withWeeks(2)).generate(3);
        SegmentTruth truth = new SegmentTruth(w);
        LocalDate day = w.start().plusDays(1);
        assertThat(truth.members().values().stream().mapToInt(m -> m.length).sum()).isEqualTo(200);
        truth.members().forEach((segment, who) -> {
            double s = 0;
            for (int i : who) {
                s += w.connectProbability(i, day, 11);
            }
            assertThat(truth.probability(w.contacts().get(who[0]), day, 11)).as(segment)
                    .isCloseTo(s / who.length, org.assertj.core.api.Assertions.within(1e-12));
        });
    }

    @Test
    void dialsEachContactAtItsSegmentsBestHourAndStaysBelowTheOracle() {
        // reps without an hourly limit, so that every dial can go to its best hour
        WorldConfig base = WorldFiles.defaults().withContacts(400).withWeeks(3);
        WorldConfig free = base.withDialing(base.dialing().withDialsPerRepHour(base.dialing().dialsPerRep()));
        SyntheticWorld w = new WorldGenerator(free).generate(7);
        WorldConfig.Dialing rules = w.config().dialing();
        Simulator sim = new Simulator(w, 7);
        Policy p = PolicyRegistry.standard().get("segment-oracle").create(PolicySettings.defaults(),
                PolicyInputs.ofHours(rules.earliest(), rules.latest()).withSegmentTruth(sim.segmentTruth()));
        List<SimulatedCall> calls = new ArrayList<>();
        SimulationResult r = sim.run(p, calls::add);
        assertThat(r.policy()).isEqualTo("segment_oracle");
        assertThat(r.totalViolations()).isZero();
        SegmentTruth truth = new SegmentTruth(w);
        Set<Integer> dialled = new HashSet<>();
        Map<String, Integer> hourOf = new HashMap<>();
        int checked = 0;
        for (SimulatedCall c : calls) {
            // a contact's first dial carries no fatigue, so its hour is the segment's best allowed hour that day
            if (!dialled.add(c.contactIndex())) {
                continue;
            }
            Contact contact = w.contacts().get(c.contactIndex());
            LocalDate date = c.at().toLocalDate();
            int best = rules.earliest();
            for (int h = rules.earliest(); h < rules.latest(); h++) {
                if (truth.probability(contact, date, h) > truth.probability(contact, date, best)) {
                    best = h;
                }
            }
            assertThat(c.at().getHour()).as("contact %s on %s", contact.id(), date).isEqualTo(best);
            Integer before = hourOf.putIfAbsent(SegmentTruth.key(contact) + "@" + date, best);
            assertThat(before == null || before == best).as("one hour per segment and day").isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
        SimulationResult oracle = sim.run(sim.oracle(), null);
        SimulationResult uniform = sim.run(org.reachlab.models.policy.WindowPolicy.nineToFive(), null);
        assertThat(r.expectedRate()).isLessThan(oracle.expectedRate()).isGreaterThan(uniform.expectedRate());
    }
}
