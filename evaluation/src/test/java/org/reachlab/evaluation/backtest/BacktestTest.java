package org.reachlab.evaluation.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.TrainingData;
import org.reachlab.models.metrics.Metrics;
import org.reachlab.pipeline.DataDirectory;
import org.reachlab.stats.Estimate;

class BacktestTest {

    @TempDir
    static Path tmp;

    static Path world;
    static TrainingData data;

    @BeforeAll
    static void generate() throws IOException {
        WorldConfig small = WorldFiles.defaults().withContacts(400).withWeeks(6);
        world = tmp.resolve("w");
        HistoryGenerator.generate(small, 5, world);
        data = DataDirectory.load(world, HolidayCalendar.standard()).data();
    }

    static BacktestOptions options(String models) {
        return BacktestOptions.of(ModelRegistry.standard().parse(models)).withTestDays(10).withBootstrap(20);
    }

    @Test
    void trainingEndsAGapBeforeTheTestAndFoldsChainForward() {
        BacktestOptions o = options("global").withGap(Duration.ofHours(36)).withFolds(3);
        Backtest.TestSet ts = Backtest.testSet(data, o);
        assertThat(ts.splits()).hasSize(3);
        for (int f = 0; f < 3; f++) {
            TimeSplit s = ts.splits().get(f);
            assertThat(Duration.between(s.trainEnd(), s.testStart())).isEqualTo(Duration.ofHours(36));
            TrainingData train = ts.trains().get(f);
            assertThat(train.last()).isBefore(s.trainEnd());
            TrainingData test = ts.tests().get(f);
            assertThat(test.first()).isAfterOrEqualTo(s.testStart());
            assertThat(test.last()).isBefore(s.testEnd());
            if (f > 0) {
                assertThat(s.testStart()).isEqualTo(ts.splits().get(f - 1).testEnd());
                assertThat(train.size()).isGreaterThan(ts.trains().get(f - 1).size());
            }
        }
    }

    /** Changing outcomes after an instant changes no prediction made before it, online or not. */
    @Test
    void noLookAhead() throws IOException {
        Backtest.TestSet ts = Backtest.testSet(data, options("bayes"));
        TrainingData test = ts.tests().get(0);
        Instant cut = test.at(test.size() / 2);
        // flip every outcome from the cut on
        Path flipped = tmp.resolve("flipped");
        Files.createDirectories(flipped);
        Files.copy(world.resolve("contacts.csv"), flipped.resolve("contacts.csv"));
        List<String> lines = Files.readAllLines(world.resolve("calls.csv"));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!OffsetDateTime.parse(f[2]).toInstant().isBefore(cut)) {
                f[3] = f[3].equals("connected") ? "no_answer" : "connected";
            }
            out.add(String.join(",", f));
        }
        Files.write(flipped.resolve("calls.csv"), out);
        TrainingData other = DataDirectory.load(flipped, HolidayCalendar.standard()).data();
        for (boolean online : new boolean[] {false, true}) {
            for (String family : List.of("global", "segment", "bayes")) {
                BacktestOptions o = options(family).withOnline(online);
                double[] a = Backtest.predict(ModelRegistry.standard().get(family), data, o).p();
                double[] b = Backtest.predict(ModelRegistry.standard().get(family), other, o).p();
                int before = 0;
                while (test.at(before).isBefore(cut)) {
                    assertThat(b[before]).as("%s online=%s row %d", family, online, before).isEqualTo(a[before]);
                    before++;
                }
                assertThat(before).isGreaterThan(10);
                if (online) {
                    boolean changed = false;
                    for (int k = before + 1; k < a.length; k++) {
                        changed |= a[k] != b[k];
                    }
                    assertThat(changed).as("online %s learns from the flipped outcomes", family).isTrue();
                }
            }
        }
    }

    @Test
    void weightedScoresMatchTheMetricsAndDoubleWeightsChangeNothing() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 500;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int[] rows = new int[n];
        int[] twos = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.round(r.nextDouble() * 20) / 20.0; // ties
            y[i] = r.nextDouble() < p[i];
            rows[i] = i;
            twos[i] = 2;
        }
        WeightedScores ws = new WeightedScores(p, y, rows);
        for (WeightedScores.Result res : List.of(ws.compute(null), ws.compute(twos))) {
            assertThat(res.logLoss).isCloseTo(Metrics.logLoss(p, y), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(res.brier).isCloseTo(Metrics.brier(p, y), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(res.auc).isCloseTo(Metrics.auc(p, y), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(res.ece).isCloseTo(Metrics.ece(p, y), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void writesSummaryLeaderboardAndIntervals() throws IOException {
        BacktestOptions o = options("fixed,global,bayes").withOnline(true);
        BacktestResult r = Backtest.run(data, o);
        Path out = tmp.resolve("bt");
        BacktestWriter.write(r, o, data.source(), out);
        List<String> board = Files.readAllLines(out.resolve("leaderboard.csv"));
        assertThat(board).hasSize(4);
        assertThat(board.get(0)).startsWith("rank,model,attempts,contacts,log_loss,log_loss_lo,log_loss_hi");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"bootstrapUnit\" : \"contact\"",
                "\"reliability\"", "\"segments\"", "\"trainEnd\"");
        for (BacktestResult.ModelResult m : r.models()) {
            Estimate ll = m.overall().logLoss();
            assertThat(ll.lo()).isLessThanOrEqualTo(ll.value());
            assertThat(ll.hi()).isGreaterThanOrEqualTo(ll.value());
            assertThat(m.segments()).isNotEmpty();
            assertThat(m.reliability()).hasSize(Metrics.BINS);
        }
        assertThat(r.models().stream().filter(m -> m.family().equals("global")).findFirst().orElseThrow()
                .deltaLogLoss()).isNull();
        assertThat(Map.of("x", 1)).isNotEmpty();
    }
}
