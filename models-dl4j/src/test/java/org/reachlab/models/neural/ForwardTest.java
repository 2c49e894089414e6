package org.reachlab.models.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.Observation;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.encoding.CoreModel;
import org.reachlab.models.encoding.DayCache;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.PlantedWorld;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.encoding.StatedWeights;
import org.reachlab.models.encoding.WeekGrid;

/** The plain-Java forward pass computes the network's own output. */
class ForwardTest {

    private static final TrainingData DATA = TrainingData.of(PlantedWorld.log(5, 60, 20, 4), Map.of(),
            StatedPreferences.none(), PlantedWorld.CALENDAR, DataSource.inMemory("planted world"));

    @Test
    void equalsTheGraphOutputBeforeAndAfterOnlineSteps() {
        CoreModel<?> m = (CoreModel<?>) new NeuralFamily().train(DATA.before(PlantedWorld.START.plusWeeks(3)
                .atStartOfDay(ZoneId.of("UTC")).toInstant()), ModelConfig.defaults("neural")
                .withParam("batchSize", 128).withParam("maxEpochs", 3));
        ReachNet net = ((NeuralCore) m.core()).network();
        EncodedRows rows = net.encoder().encode(RawRows.fromLog(PlantedWorld.log(5, 60, 20, 4), PlantedWorld.CALENDAR,
                StatedWeights.NONE));
        assertThat(net.predict(rows)).containsExactly(net.graphOutput(rows), within(1e-6));
        // the snapshot follows the parameters after online steps
        TrainingData later = DATA.from(PlantedWorld.START.plusWeeks(3).atStartOfDay(ZoneId.of("UTC")).toInstant());
        double[] before = net.predict(rows);
        for (int k = 0; k < later.size(); k++) {
            Observation o = later.observation(k);
            m.update(o);
        }
        m.flush();
        double[] after = net.predict(rows);
        assertThat(after).isNotEqualTo(before);
        assertThat(after).containsExactly(net.graphOutput(rows), within(1e-6));
    }

    @Test
    void weeklyProfilesEqualTheGraphOutputOnTheirRows() {
        CoreModel<?> m = (CoreModel<?>) new NeuralFamily().train(DATA, ModelConfig.defaults("neural")
                .withParam("batchSize", 128).withParam("maxEpochs", 2));
        ReachNet net = ((NeuralCore) m.core()).network();
        List<Contact> contacts = new ArrayList<>(DATA.contacts().values());
        Contact known = contacts.get(0);
        contacts.add(new Contact("cold", "US", null, ZoneId.of("America/New_York"), known.industry(), null, 10,
                known.role(), "en"));
        DayCache days = new DayCache(PlantedWorld.CALENDAR);
        // a plain week (whole weeks take the per-segment week table) and the week of a DST change (the
        // day parts shift, so the rows take the per-row path)
        for (IsoWeek week : List.of(IsoWeek.of(LocalDate.of(2025, 4, 7)), IsoWeek.of(LocalDate.of(2025, 3, 24)))) {
            WeeklyProfile[] profiles = m.profiles(contacts, week);
            for (int i = 0; i < contacts.size(); i++) {
                Contact c = contacts.get(i);
                EncodedRows rows = net.encoder().encode(RawRows.builder(LocalSlot.COUNT, days)
                        .addWeek(c, WeekGrid.of(week, c.zone()), m.histories().get(c.id()), m.relations(),
                                StatedWeights.NONE).build());
                assertThat(profiles[i].probabilities()).as("%s in %s", c.id(), week)
                        .containsExactly(net.graphOutput(rows), within(1e-6));
            }
        }
    }
}
