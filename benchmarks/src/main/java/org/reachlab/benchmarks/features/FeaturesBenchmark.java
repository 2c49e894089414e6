package org.reachlab.benchmarks.features;

import java.io.IOException;
import java.nio.file.Path;
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
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.features.Features;
import org.reachlab.data.log.AttemptLog;
import tech.tablesaw.api.Table;

/**
 * Feature building on the attempt log of a CRM export of about {@code rows} calls, in feature
 * rows per second, three ways: {@link #compute} streams rows on one thread (what a model's
 * training loop sees), {@link #table} builds the Tablesaw table (what a notebook sees), and
 * {@link #writeCsv} writes features.csv on all cores (what the ingest job does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class FeaturesBenchmark {

    /** Calls in the export the log is ingested from. */
    @Param({"10000", "100000", "1000000"})
    public int rows;

    private Path dir;
    private AttemptLog log;
    private HolidayCalendar calendar;
    private Path csv;

    /** Writes and ingests the export; loads the holiday calendars. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("features");
        log = Fixtures.attemptLog(rows, dir);
        calendar = HolidayCalendar.standard();
        csv = dir.resolve("features.csv");
    }

    /** Streams every feature row into the black hole. */
    @Benchmark
    public void compute(Rows counter, Blackhole bh) {
        long[] n = {0};
        Features.compute(log, calendar, r -> {
            bh.consume(r);
            n[0]++;
        });
        counter.rows += n[0];
    }

    /** Builds the Tablesaw feature table. */
    @Benchmark
    public Table table(Rows counter) {
        Table t = Features.table(log, calendar);
        counter.rows += t.rowCount();
        return t;
    }

    /** Writes features.csv. */
    @Benchmark
    public long writeCsv(Rows counter) throws IOException {
        long n = Features.writeCsv(log, calendar, csv);
        counter.rows += n;
        return n;
    }

    /** Removes the export, the ingest output and features.csv. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
