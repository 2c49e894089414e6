package org.reachlab.benchmarks.ingest;

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
import org.reachlab.benchmarks.Fixtures;
import org.reachlab.benchmarks.units.Rows;
import org.reachlab.data.ingest.IngestOptions;
import org.reachlab.data.ingest.IngestResult;
import org.reachlab.data.ingest.Ingestion;
import org.reachlab.data.ingest.TableReport;
import org.reachlab.data.io.TableSchema;

/**
 * The ingest job on a CRM export of {@code rows} calls (contacts.csv and calls.csv, one bad row in
 * ten thousand): read, validate, write the normalised tables and the rejects, and, when
 * {@code features} is true, the feature table. Counted in calls rows read per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class IngestBenchmark {

    /** Calls in the export. */
    @Param({"10000", "100000", "1000000"})
    public int rows;

    /** Whether the job also writes features.csv. */
    @Param({"false", "true"})
    public boolean features;

    private Path dir;
    private Ingestion ingestion;
    private IngestOptions options;

    /** Writes the export and loads the zone tables and holiday calendars. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("ingest");
        options = Fixtures.export(rows, dir, features);
        ingestion = Ingestion.standard();
    }

    /** One ingest run; counts the calls rows it read. */
    @Benchmark
    public IngestResult ingest(Rows counter) throws IOException {
        IngestResult result = ingestion.run(options);
        for (TableReport t : result.tables()) {
            if (t.table().equals(TableSchema.CALLS.name())) {
                counter.rows += t.read();
            }
        }
        return result;
    }

    /** Removes the export and the job's output. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
