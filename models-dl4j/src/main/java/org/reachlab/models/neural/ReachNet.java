package org.reachlab.models.neural;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.reachlab.models.encoding.DenseFeatures;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.EncodingStore;
import org.reachlab.models.encoding.FeatureEncoder;
import org.reachlab.models.encoding.PosteriorCore;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.encoding.TimeSplit;
import org.reachlab.models.encoding.Vocabulary;

/**
 * A fitted reachability network: the encoder it was trained with and its {@link ComputationGraph}.
 * Inputs are the contact index, segment index, local hour of a weekday or weekend day, and the
 * segment × hour cross (each through an embedding; the cross is the "wide" part that lets a segment's
 * hours differ without the hidden layers having to find the interaction) and the
 * standardised dense features; they are concatenated by a {@link MergeVertex}, pass two ReLU layers
 * and end in one sigmoid unit trained with binary cross-entropy. Predictions may run on many threads;
 * training steps ({@link #update}) must not run concurrently with anything.
 *
 * <p><b>Posterior.</b> A last-layer Laplace approximation: the second hidden layer's activations
 * {@code φ} are taken as fixed features and the output unit as a logistic regression on them; its
 * {@code h2 + 1} parameters get the Gaussian whose precision is the Hessian of the penalised
 * negative log-likelihood at the fitted values, {@code Σ p(1−p)·φφᵀ} over the training rows plus
 * the L2 penalty read as a prior ({@code n·l2} on each weight over {@code n} rows, none on the
 * bias). The rest of the network is held at its fitted values, so the draws hold only the output
 * layer's uncertainty; an embedding of a contact seen a few times is no less certain than another's.
 * Online updates add their rows' curvature at the updated parameters ({@link #update}).
 */
public final class ReachNet {

    /** The network file's name. */
    public static final String NETWORK_FILE = "neural-network.zip";

    /** The output layer's posterior precision file's name. */
    public static final String POSTERIOR_FILE = "neural-posterior.bin";

    private static final int PREDICT_BATCH = 8192;

    private final FeatureEncoder encoder;
    private final ComputationGraph graph;
    /** The scoring snapshot of the graph's parameters; null after they changed. */
    private volatile Forward forward;
    /** The output layer's posterior precision, {@code (h2 + 1)²} row-major, the bias last. */
    private final double[] precision;

    private ReachNet(FeatureEncoder encoder, ComputationGraph graph, double[] precision) {
        this.encoder = encoder;
        this.graph = graph;
        long k = graph.getLayer("reach").getParam("W").size(0) + 1;
        if (precision.length != k * k) {
            throw new IllegalArgumentException("expected a " + k + " × " + k + " precision, received "
                    + precision.length + " values");
        }
        this.precision = precision;
    }

    /**
     * What training did.
     *
     * @param net            the fitted network (parameters of the best validation epoch)
     * @param epochs         epochs run
     * @param bestEpoch      the epoch whose parameters were kept (1-based)
     * @param validationLoss validation log-loss of the kept parameters, NaN without validation rows
     * @param trainRows      rows trained on
     * @param validationRows rows held out
     */
    public record Fit(ReachNet net, int epochs, int bestEpoch, double validationLoss, int trainRows,
                      int validationRows) {
    }

    /**
     * The graph's configuration for an encoder's vocabularies. Layer sizes are set explicitly: input
     * types would make DL4J take the embeddings' input width (1) as their vocabulary size.
     */
    static ComputationGraphConfiguration configuration(FeatureEncoder e, NeuralConfig c, long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(c.learningRate()))
                .l2(c.l2())
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("contact", "segment", "hour", "segmentHour", "dense")
                .addLayer("contactEmbedding", new EmbeddingLayer.Builder().nIn(e.contacts().width())
                        .nOut(c.contactDim()).activation(Activation.IDENTITY).hasBias(false).build(), "contact")
                .addLayer("segmentEmbedding", new EmbeddingLayer.Builder().nIn(e.segments().width())
                        .nOut(c.segmentDim()).activation(Activation.IDENTITY).hasBias(false).build(), "segment")
                .addLayer("hourEmbedding", new EmbeddingLayer.Builder().nIn(DenseFeatures.DAY_PARTS)
                        .nOut(c.hourDim()).activation(Activation.IDENTITY).hasBias(false).build(), "hour")
                .addLayer("segmentHourEmbedding", new EmbeddingLayer.Builder()
                        .nIn(e.segments().width() * DenseFeatures.DAY_PARTS).nOut(c.segmentHourDim())
                        .activation(Activation.IDENTITY).hasBias(false).build(), "segmentHour")
                .addVertex("merge", new MergeVertex(), "contactEmbedding", "segmentEmbedding", "hourEmbedding",
                        "segmentHourEmbedding", "dense")
                .addLayer("hidden1", new DenseLayer.Builder()
                        .nIn(c.contactDim() + c.segmentDim() + c.hourDim() + c.segmentHourDim() + DenseFeatures.COUNT).nOut(c.hidden1()).activation(Activation.RELU).build(),
                        "merge")
                .addLayer("hidden2", new DenseLayer.Builder().nIn(c.hidden1()).nOut(c.hidden2()).activation(Activation.RELU).build(),
                        "hidden1")
                .addLayer("reach", new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(c.hidden2())
                        .nOut(1).activation(Activation.SIGMOID).build(), "hidden2")
                .setOutputs("reach")
                .build();
    }

    /**
     * Trains on raw rows in time order: the encoder is fitted on the rows before the validation tail,
     * the network by seeded mini-batch Adam, keeping the epoch with the lowest validation log-loss.
     */
    public static Fit train(RawRows rows, NeuralConfig config, long seed) {
        int split = TimeSplit.validationStart(rows, config.validationFraction());
        if (split == 0) {
            throw new IllegalArgumentException("no training rows: " + rows.size() + " rows, validation fraction "
                    + config.validationFraction());
        }
        FeatureEncoder encoder = FeatureEncoder.fit(rows, 0, split, config.minContactRows(),
                config.minSegmentRows());
        EncodedRows train = encoder.encode(rows, 0, split);
        EncodedRows valid = split < rows.size() ? encoder.encode(rows, split, rows.size()) : null;
        Nd4j.getRandom().setSeed(seed);
        ComputationGraph graph = new ComputationGraph(configuration(encoder, config, seed));
        graph.init();
        int k = config.hidden2() + 1;
        ReachNet net = new ReachNet(encoder, graph, new double[k * k]);

        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        INDArray best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epoch = 0;
        int stale = 0;
        while (epoch < config.maxEpochs() && stale < config.patience()) {
            epoch++;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += config.batchSize()) {
                int bs = Math.min(config.batchSize(), n - start);
                graph.fit(batch(train, order, start, bs, config.contactDropout(), random));
            }
            net.forward = null;
            double loss = valid == null ? Double.NaN : TimeSplit.logLoss(net.predict(valid), valid.label());
            if (valid == null || loss < bestLoss - 1e-6) {
                bestLoss = loss;
                best = graph.params().dup();
                bestEpoch = epoch;
                stale = 0;
            } else {
                stale++;
            }
        }
        graph.setParams(best);
        net.forward = null;
        for (int j = 0; j < k - 1; j++) {
            net.precision[j * k + j] = (double) n * config.l2();
        }
        net.addCurvature(train);
        return new Fit(net, epoch, bestEpoch, valid == null ? Double.NaN : bestLoss, n,
                valid == null ? 0 : valid.size());
    }

    /** A mini-batch of rows {@code order[start..start+bs)} (or {@code start..start+bs} when order is null). */
    private static MultiDataSet batch(EncodedRows e, int[] order, int start, int bs, double dropout, Random random) {
        int d = DenseFeatures.COUNT;
        float[] contact = new float[bs];
        float[] segment = new float[bs];
        float[] slot = new float[bs];
        float[] segmentHour = new float[bs];
        float[] dense = new float[bs * d];
        float[] label = new float[bs];
        for (int r = 0; r < bs; r++) {
            int i = order == null ? start + r : order[start + r];
            boolean drop = dropout > 0 && random.nextDouble() < dropout;
            contact[r] = drop ? Vocabulary.UNKNOWN : e.contact()[i];
            segment[r] = e.segment()[i];
            slot[r] = e.dayPart()[i];
            segmentHour[r] = e.segment()[i] * DenseFeatures.DAY_PARTS + e.dayPart()[i];
            System.arraycopy(e.dense(), i * d, dense, r * d, d);
            label[r] = e.label()[i];
        }
        INDArray[] features = {Nd4j.create(contact, new long[] {bs, 1}, 'c'),
                Nd4j.create(segment, new long[] {bs, 1}, 'c'), Nd4j.create(slot, new long[] {bs, 1}, 'c'),
                Nd4j.create(segmentHour, new long[] {bs, 1}, 'c'), Nd4j.create(dense, new long[] {bs, d}, 'c')};
        return new MultiDataSet(features, new INDArray[] {Nd4j.create(label, new long[] {bs, 1}, 'c')});
    }

    /** An independent copy: parameters and updater state are cloned, the encoder is shared. */
    public ReachNet copy() {
        return new ReachNet(encoder, graph.clone(), precision.clone());
    }

    /** The encoder the network belongs to. */
    public FeatureEncoder encoder() {
        return encoder;
    }

    /** The number of trainable parameters. */
    public long parameterCount() {
        return graph.numParams();
    }

    /**
     * The probability of reaching the person for each encoded row: the graph's output, computed by a
     * plain-Java forward pass over a snapshot of the parameters (see {@link Forward}); safe to call
     * from many threads while no update runs.
     */
    public double[] predict(EncodedRows e) {
        return scoring().predict(e);
    }

    /** The scoring snapshot of the current parameters. */
    private Forward scoring() {
        Forward f = forward;
        if (f == null) {
            synchronized (this) {
                f = forward;
                if (f == null) {
                    f = Forward.of(graph);
                    forward = f;
                }
            }
        }
        return f;
    }

    /** The output layer's posterior precision entry {@code (i, j)}, the bias at index {@code h2}. */
    public double precision(int i, int j) {
        int k = (int) Math.round(Math.sqrt(precision.length));
        return precision[i * k + j];
    }

    /** Adds the rows' curvature at the current parameters, {@code p(1−p)·φφᵀ}, to the output layer's precision. */
    private void addCurvature(EncodedRows e) {
        Forward f = scoring();
        int h = f.hidden2();
        int k = h + 1;
        float[] hidden = new float[e.size() * h];
        double[] p = f.predict(e, hidden);
        double[] phi = new double[k];
        phi[h] = 1;
        for (int i = 0; i < p.length; i++) {
            double v = p[i] * (1 - p[i]);
            for (int m = 0; m < h; m++) {
                phi[m] = hidden[i * h + m];
            }
            for (int a = 0; a < k; a++) {
                if (phi[a] == 0) {
                    continue;
                }
                double va = v * phi[a];
                for (int b = 0; b < k; b++) {
                    precision[a * k + b] += va * phi[b];
                }
            }
        }
    }

    /**
     * Draws of the rows' probabilities from the last-layer Laplace posterior: each draw is one draw
     * of the output unit's weights and bias, {@code ŵ + L⁻ᵀε} with {@code LLᵀ} the precision's
     * Cholesky factor, scored on every row's fixed hidden activations.
     */
    public PosteriorCore.Draws posterior(EncodedRows e) {
        Forward f = scoring();
        int h = f.hidden2();
        int k = h + 1;
        int n = e.size();
        float[] hidden = new float[n * h];
        f.predict(e, hidden);
        float[] w = f.outputWeights();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double zi = f.outputBias();
            for (int m = 0; m < h; m++) {
                zi += hidden[i * h + m] * w[m];
            }
            z[i] = zi;
        }
        double[][] lt = new CholeskyDecomposition(new Array2DRowRealMatrix(matrix(k)), 1e-12, 1e-14).getLT()
                .getData();
        return random -> {
            // solve Lᵀδ = ε: δ has covariance (LLᵀ)⁻¹
            double[] delta = new double[k];
            for (int a = k - 1; a >= 0; a--) {
                double v = random.nextGaussian();
                for (int b = a + 1; b < k; b++) {
                    v -= lt[a][b] * delta[b];
                }
                delta[a] = v / lt[a][a];
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double zi = z[i] + delta[h];
                for (int m = 0; m < h; m++) {
                    zi += hidden[i * h + m] * delta[m];
                }
                out[i] = 1.0 / (1.0 + Math.exp(-zi));
            }
            return out;
        };
    }

    private double[][] matrix(int k) {
        double[][] m = new double[k][k];
        for (int a = 0; a < k; a++) {
            System.arraycopy(precision, a * k, m[a], 0, k);
        }
        return m;
    }

    /**
     * The probability for each encoded row from the graph itself ({@link ComputationGraph#output}), in
     * batches: the reference {@link #predict} is tested against.
     */
    synchronized double[] graphOutput(EncodedRows e) {
        double[] p = new double[e.size()];
        int d = DenseFeatures.COUNT;
        for (int start = 0; start < e.size(); start += PREDICT_BATCH) {
            int bs = Math.min(PREDICT_BATCH, e.size() - start);
            float[] contact = new float[bs];
            float[] segment = new float[bs];
            float[] slot = new float[bs];
            float[] segmentHour = new float[bs];
            for (int r = 0; r < bs; r++) {
                contact[r] = e.contact()[start + r];
                segment[r] = e.segment()[start + r];
                slot[r] = e.dayPart()[start + r];
                segmentHour[r] = e.segment()[start + r] * DenseFeatures.DAY_PARTS + e.dayPart()[start + r];
            }
            float[] dense = java.util.Arrays.copyOfRange(e.dense(), start * d, (start + bs) * d);
            INDArray out = graph.output(false, Nd4j.create(contact, new long[] {bs, 1}, 'c'),
                    Nd4j.create(segment, new long[] {bs, 1}, 'c'), Nd4j.create(slot, new long[] {bs, 1}, 'c'),
                    Nd4j.create(segmentHour, new long[] {bs, 1}, 'c'), Nd4j.create(dense, new long[] {bs, d}, 'c'))[0];
            float[] values = out.data().asFloat();
            for (int r = 0; r < bs; r++) {
                p[start + r] = values[r];
            }
        }
        return p;
    }

    /** Takes {@code steps} gradient steps (Adam, as in training) on the given labelled rows. */
    public synchronized void update(EncodedRows e, int steps) {
        if (e.size() == 0 || steps == 0) {
            return;
        }
        for (float y : e.label()) {
            if (y < 0) {
                throw new IllegalArgumentException("an update row has no outcome");
            }
        }
        MultiDataSet data = batch(e, null, 0, e.size(), 0, null);
        for (int s = 0; s < steps; s++) {
            graph.fit(data);
        }
        forward = null;
        addCurvature(e);
    }

    /** Writes the encoder and the network (with its updater state, for online updates) into {@code dir}. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        EncodingStore.writeEncoder(encoder, dir);
        ModelSerializer.writeModel(graph, dir.resolve(NETWORK_FILE).toFile(), true);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(dir.resolve(POSTERIOR_FILE))))) {
            out.writeInt(precision.length);
            for (double v : precision) {
                out.writeDouble(v);
            }
        }
    }

    /** Reads a network written by {@link #save}. */
    public static ReachNet load(Path dir) throws IOException {
        FeatureEncoder encoder = EncodingStore.readEncoder(dir);
        Path file = dir.resolve(NETWORK_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        ComputationGraph graph = ModelSerializer.restoreComputationGraph(file.toFile(), true);
        long contacts = graph.getLayer("contactEmbedding").getParam("W").size(0);
        if (contacts != encoder.contacts().width()) {
            throw new IOException(file + " has " + contacts + " contact embeddings, the encoder in " + dir
                    + " knows " + encoder.contacts().width());
        }
        Path posterior = dir.resolve(POSTERIOR_FILE);
        if (!Files.isRegularFile(posterior)) {
            throw new IOException("missing " + posterior + " (the output layer's posterior precision)");
        }
        long k = graph.getLayer("reach").getParam("W").size(0) + 1;
        double[] precision;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(posterior)))) {
            int count = in.readInt();
            if (count != k * k) {
                throw new IOException(posterior + " holds " + count + " values, the network in " + dir + " needs "
                        + k * k);
            }
            precision = new double[count];
            for (int i = 0; i < count; i++) {
                precision[i] = in.readDouble();
            }
        }
        return new ReachNet(encoder, graph, precision);
    }
}
