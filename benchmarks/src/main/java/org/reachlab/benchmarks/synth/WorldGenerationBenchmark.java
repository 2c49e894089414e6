package org.reachlab.benchmarks.synth;

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
import org.openjdk.jmh.annotations.Warmup;
import org.reachlab.benchmarks.Fixtures;
import org.reachlab.benchmarks.units.Contacts;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;

/**
 * Generation of the default synthetic world (profiles, habits, vacations, notes; 12 weeks) with
 * {@code contacts} contacts, in memory, in contacts per second. The holiday calendars are loaded
 * once in setup, as a long-running process would; the generator is new on every operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class WorldGenerationBenchmark {

    /** Contacts in the world. */
    @Param({"2000", "10000"})
    public int contacts;

    private WorldConfig config;
    private HolidayCalendar calendar;

    /** Reads the default world file and loads the holiday calendars. */
    @Setup(Level.Trial)
    public void setUp() {
        config = WorldFiles.defaults().withContacts(contacts);
        calendar = HolidayCalendar.standard();
    }

    /** Generates the world. */
    @Benchmark
    public SyntheticWorld generate(Contacts counter) {
        SyntheticWorld world = new WorldGenerator(config, calendar).generate(Fixtures.SEED);
        counter.contacts += world.contacts().size();
        return world;
    }
}
