package org.reachlab.benchmarks.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reachlab.benchmarks.Fixtures;
import org.reachlab.benchmarks.units.Rows;
import org.reachlab.benchmarks.units.SlotProbabilities;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.training.Trainer;

/**
 * Reachability models of each registered family on the attempt log of a CRM export of about
 * {@code rows} calls over {@code rows / 50} contacts: {@link #train} runs the training procedure
 * every command uses (the family's defaults, its 7-day validation slice included), in training
 * rows per second; {@link #profiles} scores every contact's weekly profile for one ISO week on
 * one thread, in slot probabilities per second (168 per contact).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ModelBenchmark {

    /** The week scored: the first full week after the export's calls. */
    static final IsoWeek WEEK = IsoWeek.parse("2026-W52");

    /** Calls in the export the model is trained on. */
    @Param({"10000", "100000"})
    public int rows;

    /** The model family, by registry name. */
    @Param({"fixed", "global", "segment", "bayes", "logistic", "neural"})
    public String family;

    private Path dir;
    private ModelFamily modelFamily;
    private TrainingData data;
    private ModelConfig config;
    private ReachabilityModel model;
    private List<Contact> contacts;

    /** Writes and ingests the export, and trains the model that {@link #profiles} scores with. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("models");
        HolidayCalendar calendar = HolidayCalendar.standard();
        data = TrainingData.of(Fixtures.attemptLog(rows, dir), Map.of(), StatedPreferences.none(), calendar,
                DataSource.inMemory("LargeExport of " + rows + " calls, seed " + Fixtures.SEED));
        modelFamily = ModelRegistry.standard().get(family);
        config = ModelConfig.defaults(family);
        model = Trainer.train(modelFamily, data, config).model();
        contacts = List.copyOf(data.contacts().values());
    }

    /** Trains a model on every row. */
    @Benchmark
    public TrainedModel train(Rows counter) {
        TrainedModel trained = Trainer.train(modelFamily, data, config);
        counter.rows += data.size();
        return trained;
    }

    /** Scores every contact's weekly profile. */
    @Benchmark
    public void profiles(SlotProbabilities counter, Blackhole bh) {
        for (Contact c : contacts) {
            WeeklyProfile p = model.profile(c, WEEK);
            bh.consume(p);
        }
        counter.slotProbabilities += (long) contacts.size() * LocalSlot.COUNT;
    }

    /** Removes the export and the ingest output. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
