package org.reachlab.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.reachlab.data.ingest.IngestOptions;
import org.reachlab.data.ingest.IngestResult;
import org.reachlab.data.ingest.Ingestion;
import org.reachlab.data.log.AttemptLog;

/**
 * Fixtures the benchmarks share, built in their trial setup: scratch directories, large CRM
 * exports written by {@link LargeExport}, and the attempt logs ingested from them. Every fixture
 * is deterministic: the same size and seed give the same data.
 */
public final class Fixtures {

    /** The seed of every fixture unless a benchmark says otherwise. */
    public static final long SEED = 1L;

    private Fixtures() {
    }

    /** A new scratch directory; remove it with {@link #delete} in the trial's teardown. */
    public static Path scratch(String name) throws IOException {
        return Files.createTempDirectory("reachlab-bench-" + name + "-");
    }

    /**
     * Writes a CRM export of {@code rows} calls into {@code dir} (contacts.csv and calls.csv) and
     * returns the ingest options that read it and write into {@code dir/out}.
     */
    public static IngestOptions export(long rows, Path dir, boolean features) throws IOException {
        Path in = dir.resolve("in");
        LargeExport.write(rows, in, SEED);
        return new IngestOptions(in.resolve("calls.csv"), in.resolve("contacts.csv"), null, dir.resolve("out"),
                features);
    }

    /**
     * The attempt log of a CRM export of {@code rows} calls, ingested in {@code dir} without
     * features; its size is {@code rows} less one bad row in ten thousand.
     */
    public static AttemptLog attemptLog(long rows, Path dir) throws IOException {
        IngestResult result = Ingestion.standard().run(export(rows, dir, false));
        if (result.log().size() == 0) {
            throw new IllegalStateException("the export of " + rows + " rows in " + dir + " gave no attempts");
        }
        return result.log();
    }

    /** Deletes a scratch directory and everything in it; does nothing when it is {@code null} or gone. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch directory " + dir, e);
        }
    }
}
