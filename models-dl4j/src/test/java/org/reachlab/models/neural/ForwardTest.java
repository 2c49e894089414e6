package org.reachlab.models.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.Observation;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.encoding.CoreModel;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.PlantedWorld;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.encoding.StatedWeights;

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
}
