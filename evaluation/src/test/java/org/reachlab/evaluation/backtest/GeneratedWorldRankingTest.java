package org.reachlab.evaluation.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.TrainingData;
import org.reachlab.models.data.DataDirectory;

/** On a generated world: bayes beats global, and global beats the fixed rule, on log-loss. */
class GeneratedWorldRankingTest {

    @TempDir
    Path tmp;

    @Test
    void bayesBeatsGlobalBeatsFixed() throws Exception {
        HistoryGenerator.generate(WorldFiles.defaults(), 1, tmp);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        BacktestOptions o = BacktestOptions.of(ModelRegistry.standard().parse("fixed,global,bayes"))
                .withTestDays(28).withOnline(true).withBootstrap(0);
        BacktestResult r = Backtest.run(data, o);
        Map<String, Double> ll = new LinkedHashMap<>();
        r.models().forEach(m -> ll.put(m.family(), m.overall().logLoss().value()));
        assertThat(ll.get("bayes")).as("%s", ll).isLessThan(ll.get("global"));
        assertThat(ll.get("global")).as("%s", ll).isLessThan(ll.get("fixed"));
    }
}
