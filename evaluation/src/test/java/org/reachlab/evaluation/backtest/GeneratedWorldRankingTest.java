package org.reachlab.evaluation.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.TrainingData;
import org.reachlab.models.data.DataDirectory;

/**
 * The ranking on generated worlds. Where contacts are dialled often enough to be learned, bayes
 * beats the global rates clearly and the global rates beat the fixed rule; on the default world
 * (about 6 dials per contact in 12 weeks) there is too little to learn a person from, and only
 * the second holds (docs/models.md has both backtests).
 */
class GeneratedWorldRankingTest {

    /** A small version of examples/truth-world.yaml: every contact dialled every working day. */
    private static final String DENSE = """
            weeks: 12
            contacts: 300
            drift: {share: 0.33}
            outcomes:
              fatigue: {factor: 1.0, windowDays: 7, hourRadius: 1}
            dialing: {reps: 8, dialsPerRep: 50, maxAttemptsPerWeek: 5, recontactDays: 0}
            """;

    @TempDir
    Path tmp;

    private Map<String, Double> logLoss(WorldConfig world, int testDays) throws Exception {
        Path dir = tmp.resolve("world");
        HistoryGenerator.generate(world, 1, dir);
        TrainingData data = DataDirectory.load(dir, HolidayCalendar.standard()).data();
        BacktestOptions o = BacktestOptions.of(ModelRegistry.standard().parse("fixed,global,bayes"))
                .withTestDays(testDays).withOnline(true).withBootstrap(0);
        BacktestResult r = Backtest.run(data, o);
        Map<String, Double> ll = new LinkedHashMap<>();
        r.models().forEach(m -> ll.put(m.family(), m.overall().logLoss().value()));
        return ll;
    }

    @Test
    void onADenseWorldBayesBeatsGlobalClearlyAndGlobalBeatsFixed() throws Exception {
        Path file = tmp.resolve("dense.yaml");
        Files.writeString(file, DENSE, StandardCharsets.UTF_8);
        Map<String, Double> ll = logLoss(WorldFiles.load(file), 21);
        assertThat(ll.get("bayes")).as("%s", ll).isLessThan(ll.get("global") - 0.01);
        assertThat(ll.get("global")).as("%s", ll).isLessThan(ll.get("fixed"));
    }

    @Test
    void onTheDefaultWorldGlobalBeatsFixed() throws Exception {
        Map<String, Double> ll = logLoss(WorldFiles.defaults(), 28);
        assertThat(ll.get("global")).as("%s", ll).isLessThan(ll.get("fixed"));
        // bayes learns next to nothing about individuals here: within 0.002 of global either way
        assertThat(Math.abs(ll.get("bayes") - ll.get("global"))).as("%s", ll).isLessThan(0.002);
    }
}
