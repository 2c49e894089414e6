package org.reachlab.benchmarks.signals;

import java.util.List;
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
import org.reachlab.benchmarks.units.Notes;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.sample.SyntheticNotes;

/**
 * Timing-signal extraction on a realistic CRM note mix ({@code SyntheticNotes}: 20% of the notes
 * carry a timing statement), on one thread, in notes per second, with the pre-filter (notes
 * without a time word skip CoreNLP) and without it. The CoreNLP pipeline is loaded in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SignalExtractionBenchmark {

    /** Share of the notes with a timing statement. */
    static final double TIMING_SHARE = 0.2;

    /** Notes in the mix. */
    @Param({"200", "2000"})
    public int notes;

    /** Whether notes without a time word skip CoreNLP. */
    @Param({"true", "false"})
    public boolean prefilter;

    private List<SignalNote> mix;
    private SignalExtractor extractor;

    /** Generates the note mix and loads the CoreNLP pipeline. */
    @Setup(Level.Trial)
    public void setUp() {
        mix = SyntheticNotes.generate(notes, TIMING_SHARE, Fixtures.SEED);
        extractor = new SignalExtractor(NlpPipeline.shared(), prefilter);
    }

    /** Extracts the signals of every note of the mix. */
    @Benchmark
    public List<NoteSignals> extract(Notes counter) {
        List<NoteSignals> signals = extractor.extractAll(mix, 1);
        counter.notes += signals.size();
        return signals;
    }
}
