package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;

/**
 * The weekly profiles of many contacts, encoded block by block into reused buffers, are exactly the
 * probabilities of each contact's week rows built and encoded one contact at a time.
 */
class ProfileRowsTest {

    private static final TrainingData DATA = TrainingData.of(PlantedWorld.log(7, 40, 20, 4), Map.of(),
            StatedPreferences.none(), PlantedWorld.CALENDAR, DataSource.inMemory("planted world"));

    @ParameterizedTest
    @ValueSource(strings = {"logistic", "neural"})
    void profilesAreTheWeekRowsProbabilities(String family) {
        profilesMatchWeekRows(family, DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic", "neural"})
    void profilesWithEventsAreTheWeekRowsProbabilities(String family) {
        // every third contact has events at several hours in the weeks before the profiled weeks
        EventLog.Builder events = EventLog.builder();
        List<Contact> known = new ArrayList<>(DATA.contacts().values());
        long start = Instant.parse("2025-03-03T06:00:00Z").getEpochSecond();
        EventKind[] kinds = {EventKind.EMAIL_OPEN, EventKind.WEB_VISIT, EventKind.SMS_IN};
        for (int i = 0; i < known.size(); i += 3) {
            for (int k = 0; k < 12; k++) {
                events.add(known.get(i), start + 3600L * (k * 29 + i % 7), kinds[k % kinds.length],
                        k % 2 == 0 ? null : "r1");
            }
        }
        profilesMatchWeekRows(family, DATA.withEvents(events.build()));
    }

    private static void profilesMatchWeekRows(String family, TrainingData data) {
        EncodedModel m = (EncodedModel) ModelRegistry.standard().get(family).train(data,
                ModelConfig.defaults(family).withParam("maxEpochs", 2));
        List<Contact> contacts = new ArrayList<>(data.contacts().values());
        // cold contacts in other zones, and a block that is not full
        for (int i = 0; i < 21; i++) {
            Contact c = contacts.get(i);
            ZoneId zone = ZoneId.of(i % 2 == 0 ? "America/New_York" : "Europe/Oslo");
            contacts.add(new Contact("cold" + i, i % 2 == 0 ? "US" : "NO", null, zone, c.industry(), null, 10,
                    c.role(), "en"));
        }
        // a plain week and the week of the spring DST change in Europe
        for (IsoWeek week : List.of(IsoWeek.of(LocalDate.of(2025, 4, 7)), IsoWeek.of(LocalDate.of(2025, 3, 24)))) {
            WeeklyProfile[] profiles = m.profiles(contacts, week);
            assertThat(profiles).hasSize(contacts.size());
            for (int i = 0; i < contacts.size(); i++) {
                Contact c = contacts.get(i);
                assertThat(profiles[i].contactId()).isEqualTo(c.id());
                assertThat(profiles[i].probabilities()).as("%s in %s", c.id(), week)
                        .containsExactly(m.predict(m.weekRows(c, week)));
            }
        }
    }
}
