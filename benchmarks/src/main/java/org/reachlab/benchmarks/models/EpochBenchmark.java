package org.reachlab.benchmarks.models;

import java.io.IOException;
import java.nio.file.Path;
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
import org.reachlab.benchmarks.units.Rows;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.encoding.EncodedModel;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.logistic.LogisticConfig;
import org.reachlab.models.logistic.LogisticRegression;
import org.reachlab.models.neural.NeuralConfig;
import org.reachlab.models.neural.ReachNet;

/**
 * One training epoch of the learned families on the encoded rows of a CRM export of about
 * {@code rows} calls (the encoder's fit on those rows included, no validation hold-out, one
 * native thread), in training rows per second. {@link ModelBenchmark#train} times the whole
 * training procedure instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class EpochBenchmark {

    /** Calls in the export. */
    @Param({"10000", "100000"})
    public int rows;

    private Path dir;
    private RawRows encoded;
    private LogisticConfig logistic;
    private NeuralConfig neural;

    /** Writes, ingests and encodes the export. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Fixtures.scratch("epoch");
        TrainingData data = TrainingData.of(Fixtures.attemptLog(rows, dir), Map.of(), StatedPreferences.none(),
                HolidayCalendar.standard(), DataSource.inMemory("LargeExport of " + rows + " calls"));
        encoded = EncodedModel.prepare(data, ModelConfig.defaults("logistic")).rows();
        LogisticConfig l = LogisticConfig.defaults();
        logistic = new LogisticConfig(1, l.patience(), l.batchSize(), l.learningRate(), l.l2(), 0.0,
                l.minSegmentRows(), l.onlineLearningRate(), l.onlineSteps(), l.onlineBatch(), 1);
        NeuralConfig n = NeuralConfig.defaults();
        neural = new NeuralConfig(n.contactDim(), n.segmentDim(), n.hourDim(), n.segmentHourDim(), n.hidden1(),
                n.hidden2(), n.learningRate(), n.l2(), n.batchSize(), 1, n.patience(), 0.0, n.contactDropout(),
                n.minContactRows(), n.minSegmentRows(), n.onlineSteps(), n.onlineBatch(), 1);
    }

    /** One epoch of the L2 logistic regression (ND4J). */
    @Benchmark
    public LogisticRegression logisticEpoch(Rows counter) {
        LogisticRegression model = LogisticRegression.train(encoded, logistic, 1).model();
        counter.rows += encoded.size();
        return model;
    }

    /** One epoch of the reachability network (DL4J ComputationGraph). */
    @Benchmark
    public ReachNet neuralEpoch(Rows counter) {
        ReachNet net = ReachNet.train(encoded, neural, 1).net();
        counter.rows += encoded.size();
        return net;
    }

    /** Removes the export and the ingest output. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Fixtures.delete(dir);
    }
}
