package org.reachlab.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.domain.LocalSlot;

/** The world's events: deterministic, a silent share, the documented rates, and tied to reachability. */
class EventGeneratorTest {

    static SyntheticWorld world;
    static EventGenerator.Generated g;

    @BeforeAll
    static void generate() {
        world = new WorldGenerator(WorldFiles.defaults().withContacts(600).withWeeks(8)).generate(4);
        g = EventGenerator.generate(world, 4);
    }

    @Test
    void isDeterministicAndHasTheSilentShareAndTheWeeklyRates() {
        EventGenerator.Generated again = EventGenerator.generate(world, 4);
        assertThat(again.events()).hasSameSizeAs(g.events());
        assertThat(again.events().get(100).at()).isEqualTo(g.events().get(100).at());
        long silent = g.ties().stream().filter(EventGenerator.Tie::silent).count();
        assertThat(silent / 600.0).isCloseTo(EventGenerator.SILENT_SHARE, within(0.06));
        Map<String, Integer> perContact = new HashMap<>();
        g.events().forEach(e -> perContact.merge(e.contact().id(), 1, Integer::sum));
        for (EventGenerator.Tie t : g.ties()) {
            if (t.silent()) {
                assertThat(perContact).doesNotContainKey(t.contactId());
            }
        }
        // about 3 events a week per active contact at activity 1 (log-normal mean e^(σ²/2)), fewer
        // where absences and holidays keep people away
        double weekly = EventGenerator.WEEKLY.values().stream().mapToDouble(Double::doubleValue).sum();
        double expected = weekly * 8 * (600 - silent) * Math.exp(EventGenerator.ACTIVITY_SIGMA
                * EventGenerator.ACTIVITY_SIGMA / 2);
        assertThat(g.events().size() / expected).isBetween(0.6, 1.15);
    }

    @Test
    void emailFollowsTheHoursThePhoneIsAnsweredAndInboundCallsDoToo() {
        double[] byReach = new double[2];
        int i = 0;
        Map<String, Integer> index = new HashMap<>();
        for (var c : world.contacts()) {
            index.put(c.id(), i++);
        }
        // events in the contact's better half of hours (by true connect probability) against the worse half
        for (EventGenerator.Event e : g.events()) {
            if (e.kind() != EventKind.EMAIL_OPEN && e.kind() != EventKind.INBOUND_CALL) {
                continue;
            }
            int c = index.get(e.contact().id());
            Profile p = world.truth(c).profileOn(e.at().toLocalDate());
            double median = median(p);
            int s = LocalSlot.of(e.at()).index();
            byReach[p.at(s) > median ? 0 : 1]++;
        }
        assertThat(byReach[0]).isGreaterThan(4 * byReach[1]);
    }

    private static double median(Profile p) {
        double[] v = new double[LocalSlot.COUNT];
        for (int s = 0; s < v.length; s++) {
            v[s] = p.at(s);
        }
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    @Test
    void writesTheEventsTableAndTheTies(@TempDir Path dir) throws IOException {
        EventGenerator.write(g, dir);
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertThat(events.get(0)).isEqualTo("event_id,contact_id,at,kind,source");
        assertThat(events).hasSize(g.events().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("truth/event-ties.csv"))).hasSize(601)
                .first().isEqualTo("contact_id,silent,activity,meeting_share,night_reader");
    }
}
