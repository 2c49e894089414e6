package org.reachlab.benchmarks.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.reachlab.benchmarks.Fixtures;
import org.reachlab.benchmarks.units.SlotProbabilities;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.training.Trainer;

/**
 * What {@code reachlab score} does for a whole contact base: the weekly profiles of {@code scored}
 * contacts for one ISO week in one {@link ReachabilityModel#profiles} call, on all cores. One
 * operation scores every contact, so the score in ops/s is the inverse of the seconds per
 * contact base. The model is trained in setup on the export of {@code rows} calls (its
 * {@code rows / 50} contacts); the contact base is those contacts followed by copies of them under
 * new ids, which the model meets cold (their segment known, no history), as a CRM's contacts that
 * were never called.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ScoringBenchmark {

    /** Calls in the export the model is trained on. */
    @Param({"10000", "100000"})
    public int rows;

    /** Contacts scored per operation. */
    @Param({"100000"})
    public int scored;

    /** The model family, by registry name. */
    @Param({"fixed", "global", "segment", "bayes", "logistic", "neural"})
    public String family;

    private Path dir;
    private ReachabilityModel model;
    private List<Contact> contacts;

    /** Writes and ingests the export, trains the model and builds the contact base. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("scoring");
        HolidayCalendar calendar = HolidayCalendar.standard();
        TrainingData data = TrainingData.of(Fixtures.attemptLog(rows, dir), Map.of(), StatedPreferences.none(),
                calendar, DataSource.inMemory("LargeExport of " + rows + " calls, seed " + Fixtures.SEED));
        model = Trainer.train(ModelRegistry.standard().get(family), data, ModelConfig.defaults(family)).model();
        List<Contact> known = List.copyOf(data.contacts().values());
        contacts = new ArrayList<>(scored);
        for (int i = 0; i < scored; i++) {
            Contact c = known.get(i % known.size());
            contacts.add(i < known.size() ? c : new Contact(c.id() + "~" + i / known.size(), c.country(),
                    c.subdivision(), c.zone(), c.industry(), c.companyId(), c.companySize(), c.role(), c.language()));
        }
    }

    /** Scores the weekly profile of every contact of the base. */
    @Benchmark
    public WeeklyProfile[] profiles(SlotProbabilities counter) {
        WeeklyProfile[] p = model.profiles(contacts, ModelBenchmark.WEEK);
        counter.slotProbabilities += (long) p.length * LocalSlot.COUNT;
        return p;
    }

    /** Removes the export and the ingest output. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
