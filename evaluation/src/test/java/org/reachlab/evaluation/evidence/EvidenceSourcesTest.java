package org.reachlab.evaluation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.learned.ObservedDial;
import org.reachlab.models.policy.learned.SlotBelief;

class EvidenceSourcesTest {

    private static final Contact ANNA = new Contact("c-1", "DE", "DE-BY", ZoneId.of("Europe/Berlin"), "retail",
            "co-1", 40, "purchasing", "de");

    private static final StatedPreferences SAID = StatedPreferences.of(Map.of("c-1",
            new ContactPreferences("c-1", new double[LocalSlot.COUNT], List.of(), null)));

    private static final List<SimulatedCall> HISTORY = List.of(new SimulatedCall("h-1", 0, "c-1",
            LocalDateTime.of(2026, 3, 2, 10, 15).atZone(ANNA.zone()).toOffsetDateTime(), "rep-01", null, "uniform",
            1.0 / 8, 0.2, 0.2));

    @Test
    void theBuiltInSourcesAreFoundByNameAndAnUnknownNameListsThem() {
        EvidenceSources s = EvidenceSources.standard();
        assertThat(s.names()).startsWith("notes", "history", "segment");
        assertThat(s.find(" Notes ")).map(EvidenceSource::name).contains("notes");
        assertThatThrownBy(() -> s.get("emails")).hasMessageContaining("unknown evidence source 'emails'")
                .hasMessageContaining("notes, history, segment");
        assertThatThrownBy(() -> new EvidenceSources().register(new NamedSource("two words")))
                .hasMessageContaining("'two words'");
    }

    @Test
    void aNewSourceIsOneRegistration() {
        EvidenceSources s = new EvidenceSources().register(new NamedSource("events"));
        assertThat(s.names()).containsExactly("events");
        assertThat(s.get("events").remove(Evidence.of(HISTORY, SAID)).history()).isEmpty();
    }

    @Test
    void withoutNotesOnlyThePreferencesGo() {
        Evidence full = Evidence.of(HISTORY, SAID);
        Evidence e = EvidenceSources.standard().get("notes").remove(full);
        assertThat(full.preferences().of("c-1")).isPresent();
        assertThat(e.preferences().of("c-1")).isEmpty();
        assertThat(e.history()).isEqualTo(full.history());
        assertThat(e.contacts()).isSameAs(ContactView.AS_IS);
    }

    @Test
    void withoutHistoryOnlyTheDialsGo() {
        Evidence full = Evidence.of(HISTORY, SAID);
        Evidence e = EvidenceSources.standard().get("history").remove(full);
        assertThat(e.history()).isEmpty();
        assertThat(e.preferences()).isSameAs(full.preferences());
        assertThat(e.contacts()).isSameAs(ContactView.AS_IS);
    }

    @Test
    void withoutSegmentTheBeliefSeesEveryContactWithoutIndustryAndRole() {
        Evidence full = Evidence.of(HISTORY, SAID);
        Evidence e = EvidenceSources.standard().get("segment").remove(full);
        assertThat(e.history()).isEqualTo(full.history());
        assertThat(e.preferences()).isSameAs(full.preferences());
        Contact seen = e.contacts().apply(ANNA);
        assertThat(seen.industry()).isNull();
        assertThat(seen.role()).isNull();
        assertThat(seen).isEqualTo(new Contact("c-1", "DE", "DE-BY", ANNA.zone(), null, "co-1", 40, null, "de"));

        // the belief is asked about, and learns from, the contact as the view shows it
        Recording inner = new Recording();
        assertThat(full.viewed(inner)).isSameAs(inner);
        SlotBelief b = e.viewed(inner);
        DueContact due = new DueContact(0, ANNA, 0xFFFFFF, 3, 0, null, new int[24], List.of());
        b.mean(due, LocalDate.of(2026, 3, 2));
        b.sample(due, LocalDate.of(2026, 3, 2), new SplittableRandom(1));
        b.observe(new ObservedDial(0, ANNA, LocalDateTime.of(2026, 3, 2, 10, 15), Instant.EPOCH, Outcome.CONNECTED));
        assertThat(inner.seen).hasSize(3).allSatisfy(c -> assertThat(c).isEqualTo(seen));
        // a copy keeps the view
        Recording copy = (Recording) ((ViewedBelief) b.copy()).inner();
        assertThat(copy).isNotSameAs(inner);
    }

    /** A source that takes the history away, under any name. */
    private record NamedSource(String name) implements EvidenceSource {
        @Override
        public String description() {
            return "test";
        }

        @Override
        public Evidence remove(Evidence evidence) {
            return evidence.withHistory(List.of());
        }
    }

    /** A belief that records the contacts it is asked about or told of. */
    private static final class Recording implements SlotBelief {
        final List<Contact> seen = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public double[] mean(DueContact contact, LocalDate date) {
            seen.add(contact.contact());
            return new double[24];
        }

        @Override
        public double[] sample(DueContact contact, LocalDate date, SplittableRandom random) {
            seen.add(contact.contact());
            return new double[24];
        }

        @Override
        public void observe(ObservedDial o) {
            seen.add(o.contact());
        }

        @Override
        public SlotBelief copy() {
            return new Recording();
        }
    }
}
