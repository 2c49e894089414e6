package org.reachlab.benchmarks.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.compliance.CallingRules;
import org.reachlab.data.compliance.ComplianceFiles;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.training.Trainer;
import org.reachlab.pipeline.plan.CallLogIndex;
import org.reachlab.pipeline.plan.Callee;
import org.reachlab.pipeline.plan.Explainer;
import org.reachlab.pipeline.plan.NoteStatements;
import org.reachlab.pipeline.plan.Plan;
import org.reachlab.pipeline.plan.Planner;
import org.reachlab.pipeline.plan.Rep;

/**
 * What {@code reachlab plan} does once its inputs are read: a day's calls for {@code reps} reps of
 * {@link Rep#DEFAULT_CAPACITY} calls each out of {@code base} contacts, under the bundled
 * calling rules, with each call's posterior interval (for the families that have one) and its
 * reason. One operation is one whole plan, timed in seconds.
 *
 * <p>The model is trained in setup on the export of 100,000 calls (2,000 contacts over 2026); the
 * contact base is those contacts, with their histories, followed by copies under new ids that were
 * never called. The reps work 08:00-17:00, three in five in Europe/Berlin and the others in
 * America/New_York; the plan is for Monday 21 December 2026, the first working day after the log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class PlanBenchmark {

    /** Contacts the plan chooses from (named apart from the other benchmarks' {@code contacts}, which short mode shrinks). */
    @Param({"100000"})
    public int base;

    /** Reps planned for. */
    @Param({"100"})
    public int reps;

    /** The model family, by registry name. */
    @Param({"segment", "bayes"})
    public String family;

    static final LocalDate DATE = LocalDate.of(2026, 12, 21);

    private Path dir;
    private Planner planner;
    private List<Rep> team;
    private List<Callee> callees;

    /** Writes and ingests the export, trains the model, and builds the contact base and the team. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("plan");
        HolidayCalendar calendar = HolidayCalendar.standard();
        AttemptLog log = Fixtures.attemptLog(100_000, dir);
        TrainingData data = TrainingData.of(log, Map.of(), StatedPreferences.none(), calendar,
                DataSource.inMemory("LargeExport of 100000 calls, seed " + Fixtures.SEED));
        ReachabilityModel model = Trainer.train(ModelRegistry.standard().get(family), data,
                ModelConfig.defaults(family)).model();
        CallLogIndex index = CallLogIndex.of(log, DATE);
        List<Contact> known = List.copyOf(data.contacts().values());
        callees = new ArrayList<>(base);
        for (int i = 0; i < base; i++) {
            Contact c = known.get(i % known.size());
            Contact k = i < known.size() ? c : new Contact(c.id() + "~" + i / known.size(), c.country(),
                    c.subdivision(), c.zone(), c.industry(), c.companyId(), c.companySize(), c.role(), c.language());
            callees.add(index.callee(k, ContactFlags.NONE));
        }
        team = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            team.add(Rep.withDefaults("rep-" + r, ZoneId.of(r % 5 < 3 ? "Europe/Berlin" : "America/New_York")));
        }
        CallingRules rules = ComplianceFiles.bundled();
        planner = new Planner(model, rules, calendar, new Explainer(index, NoteStatements.none()));
        Plan p = plan();
        if (p.calls().size() != (long) reps * Rep.DEFAULT_CAPACITY) {
            throw new IllegalStateException("the plan has " + p.calls().size() + " calls, expected "
                    + reps * Rep.DEFAULT_CAPACITY + ": " + p.summary().lines());
        }
    }

    /** Plans the day. */
    @Benchmark
    public Plan plan() {
        return planner.plan(DATE, team, callees, new Planner.LoadCounts(callees.size(), 0, 0));
    }

    /** Removes the export and the ingest output. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
