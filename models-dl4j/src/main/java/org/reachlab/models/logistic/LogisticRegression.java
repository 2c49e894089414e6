package org.reachlab.models.logistic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.reachlab.models.encoding.DenseFeatures;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.EncodingStore;
import org.reachlab.models.encoding.FeatureEncoder;
import org.reachlab.models.encoding.PosteriorCore;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.encoding.TimeSplit;

/**
 * A fitted L2-regularised logistic regression over the shared encoding. Training computes each
 * mini-batch's gradient sparsely (the dense columns and six active one-hot columns of each row) and
 * takes its Adam step on ND4J vectors; online updates are plain SGD steps; scoring reads the
 * weights of the six active one-hot columns and the dense columns directly. Not thread-safe while {@link #update} runs.
 *
 * <p><b>Posterior.</b> A diagonal Laplace approximation: the L2 penalty read as a Gaussian prior
 * (the training objective is the mean log-loss plus {@code l2/2·|w|²}, so over {@code n} rows the
 * prior precision of each weight is {@code n·l2}; the bias has none), and each parameter's posterior
 * precision is the diagonal of the Hessian of the penalised negative log-likelihood at the fitted
 * weights, {@code Σ p(1−p)·x² + n·l2}. The full Hessian has width² entries (thousands squared with
 * segment × hour columns) and its inverse couples every weight; the diagonal keeps a draw to the
 * few dozen weights a contact's week touches and lets an online update add its rows' curvature
 * ({@link #update}). It ignores the correlations between weights (between the bias and the one-hot
 * groups above all), which makes the draws narrower than the full approximation's.
 */
public final class LogisticRegression {

    /** The weights file's name. */
    public static final String WEIGHTS_FILE = "logistic-weights.bin";

    /** The posterior precisions' file's name. */
    public static final String PRECISION_FILE = "logistic-precision.bin";

    private final FeatureEncoder encoder;
    private final Layout layout;
    private final float[] weights;
    private float bias;
    /** The Laplace posterior precision of each weight, then of the bias (the last entry). */
    private final double[] precision;

    private LogisticRegression(FeatureEncoder encoder, float[] weights, float bias, double[] precision) {
        this.encoder = encoder;
        this.layout = Layout.of(encoder);
        if (weights.length != layout.width()) {
            throw new IllegalArgumentException("expected " + layout.width() + " weights for this encoder, received "
                    + weights.length);
        }
        if (precision.length != weights.length + 1) {
            throw new IllegalArgumentException("expected " + (weights.length + 1) + " precisions, received "
                    + precision.length);
        }
        this.weights = weights;
        this.bias = bias;
        this.precision = precision;
    }

    /**
     * What training did.
     *
     * @param model          the fitted model (weights of the best validation epoch)
     * @param epochs         epochs run
     * @param bestEpoch      the epoch whose weights were kept (1-based)
     * @param validationLoss validation log-loss of the kept weights, NaN without validation rows
     * @param trainRows      rows trained on
     * @param validationRows rows held out
     */
    public record Fit(LogisticRegression model, int epochs, int bestEpoch, double validationLoss, int trainRows,
                      int validationRows) {
    }

    /**
     * Trains on raw rows in time order: the encoder is fitted on the rows before the validation tail,
     * weights by mini-batch Adam (batches shuffled with {@code seed}), keeping the epoch with the
     * lowest validation log-loss.
     */
    public static Fit train(RawRows rows, LogisticConfig config, long seed) {
        int split = TimeSplit.validationStart(rows, config.validationFraction());
        if (split == 0) {
            throw new IllegalArgumentException("no training rows: " + rows.size() + " rows, validation fraction "
                    + config.validationFraction());
        }
        FeatureEncoder encoder = FeatureEncoder.fit(rows, 0, split, 1, config.minSegmentRows());
        EncodedRows train = encoder.encode(rows, 0, split);
        EncodedRows valid = split < rows.size() ? encoder.encode(rows, split, rows.size()) : null;
        Layout layout = Layout.of(encoder);
        int width = layout.width();
        int n = train.size();
        int batch = Math.min(config.batchSize(), n);

        // bias starts at the base rate's log-odds
        double rate = 0;
        for (float y : train.label()) {
            rate += y;
        }
        rate = Math.min(1 - 1e-4, Math.max(1e-4, rate / n));
        float[] w0 = new float[width];
        LogisticRegression model = new LogisticRegression(encoder, w0, (float) Math.log(rate / (1 - rate)),
                new double[width + 1]);

        INDArray w = Nd4j.zeros(DataType.FLOAT, width, 1);
        INDArray m = Nd4j.zeros(DataType.FLOAT, width, 1);
        INDArray v = Nd4j.zeros(DataType.FLOAT, width, 1);
        double b = model.bias;
        double mb = 0;
        double vb = 0;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-8;
        long t = 0;
        double[] grad = new double[width];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        float[] best = null;
        float bestBias = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epoch = 0;
        int stale = 0;
        while (epoch < config.maxEpochs() && stale < config.patience()) {
            epoch++;
            shuffle(order, random);
            for (int start = 0; start < n; start += batch) {
                int bs = Math.min(batch, n - start);
                float[] current = w.data().asFloat();
                double gb = model.gradient(train, order, start, bs, current, b, grad);
                INDArray g = Nd4j.create(toFloat(grad), new long[] {width, 1}, 'c').addi(w.mul(config.l2()));
                t++;
                double c1 = 1 - Math.pow(beta1, t);
                double c2 = 1 - Math.pow(beta2, t);
                m.muli(beta1).addi(g.mul(1 - beta1));
                v.muli(beta2).addi(g.mul(g).muli(1 - beta2));
                INDArray step = m.div(c1).divi(Transforms.sqrt(v.div(c2), false).addi(eps)).muli(config.learningRate());
                w.subi(step);
                mb = beta1 * mb + (1 - beta1) * gb;
                vb = beta2 * vb + (1 - beta2) * gb * gb;
                b -= config.learningRate() * (mb / c1) / (Math.sqrt(vb / c2) + eps);
            }
            System.arraycopy(w.data().asFloat(), 0, model.weights, 0, width);
            model.bias = (float) b;
            double loss = valid == null ? Double.NaN : TimeSplit.logLoss(model.predict(valid), valid.label());
            if (valid == null || loss < bestLoss - 1e-6) {
                bestLoss = loss;
                best = model.weights.clone();
                bestBias = model.bias;
                bestEpoch = epoch;
                stale = 0;
            } else {
                stale++;
            }
        }
        LogisticRegression fitted = new LogisticRegression(encoder, best, bestBias, new double[width + 1]);
        java.util.Arrays.fill(fitted.precision, 0, width, (double) n * config.l2());
        fitted.addCurvature(train);
        return new Fit(fitted, epoch, bestEpoch, valid == null ? Double.NaN : bestLoss, n,
                valid == null ? 0 : valid.size());
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** An independent copy (the encoder is immutable and shared). */
    public LogisticRegression copy() {
        return new LogisticRegression(encoder, weights.clone(), bias, precision.clone());
    }

    /** A copy of the weights (without the bias). */
    float[] weights() {
        return weights.clone();
    }

    /** The bias. */
    float bias() {
        return bias;
    }

    /** The posterior precision of weight {@code k}, or of the bias for {@code k == width()}. */
    public double precision(int k) {
        return precision[k];
    }

    /** The encoder the weights belong to. */
    public FeatureEncoder encoder() {
        return encoder;
    }

    /** The number of weights (without the bias). */
    public int width() {
        return weights.length;
    }

    /** The probability of reaching the person for each encoded row. */
    public double[] predict(EncodedRows e) {
        double[] p = logits(e);
        for (int i = 0; i < p.length; i++) {
            p[i] = 1.0 / (1.0 + Math.exp(-p[i]));
        }
        return p;
    }

    /** The linear predictor (log-odds) of each encoded row. */
    private double[] logits(EncodedRows e) {
        double[] p = new double[e.size()];
        int d = DenseFeatures.COUNT;
        int[] act = new int[Layout.ACTIVE];
        float[] dense = e.dense();
        for (int i = 0; i < p.length; i++) {
            double z = bias;
            int o = i * d;
            for (int k = 0; k < d; k++) {
                z += dense[o + k] * weights[k];
            }
            layout.active(e, i, act);
            for (int a : act) {
                z += weights[a];
            }
            p[i] = z;
        }
        return p;
    }

    /** Takes {@code steps} plain SGD steps (with the L2 penalty) on the given labelled rows. */
    public void update(EncodedRows e, double learningRate, double l2, int steps) {
        if (e.size() == 0 || steps == 0) {
            return;
        }
        int n = e.size();
        for (int i = 0; i < n; i++) {
            if (e.label()[i] < 0) {
                throw new IllegalArgumentException("row " + i + " of an update has no outcome");
            }
        }
        double[] grad = new double[weights.length];
        for (int s = 0; s < steps; s++) {
            double gb = gradient(e, null, 0, n, weights, bias, grad);
            for (int k = 0; k < weights.length; k++) {
                weights[k] -= (float) (learningRate * (grad[k] + l2 * weights[k]));
            }
            bias -= (float) (learningRate * gb);
        }
        addCurvature(e);
    }

    /**
     * Adds the rows' curvature at the current weights, {@code p(1−p)·x²} of each parameter, to the
     * posterior precisions.
     */
    private void addCurvature(EncodedRows e) {
        double[] p = predict(e);
        int d = DenseFeatures.COUNT;
        int[] act = new int[Layout.ACTIVE];
        float[] dense = e.dense();
        int b = weights.length;
        for (int i = 0; i < p.length; i++) {
            double v = p[i] * (1 - p[i]);
            int o = i * d;
            for (int k = 0; k < d; k++) {
                precision[k] += v * dense[o + k] * dense[o + k];
            }
            layout.active(e, i, act);
            for (int a : act) {
                precision[a] += v;
            }
            precision[b] += v;
        }
    }

    /**
     * Draws of the rows' probabilities from the Laplace posterior: each draw perturbs the bias, the
     * dense weights and the one-hot weights the rows touch, independently with the posterior's
     * standard deviations, and scores every row with the same perturbed weights.
     */
    public PosteriorCore.Draws posterior(EncodedRows e) {
        int n = e.size();
        int d = DenseFeatures.COUNT;
        double[] z = logits(e);
        // the one-hot columns the rows touch, each once, and each row's positions among them
        java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
        int[] rowColumns = new int[n * Layout.ACTIVE];
        int[] act = new int[Layout.ACTIVE];
        for (int i = 0; i < n; i++) {
            layout.active(e, i, act);
            for (int a = 0; a < Layout.ACTIVE; a++) {
                rowColumns[i * Layout.ACTIVE + a] = position.computeIfAbsent(act[a], k -> position.size());
            }
        }
        double[] columnSd = new double[position.size()];
        position.forEach((column, at) -> columnSd[at] = 1 / Math.sqrt(precision[column]));
        double[] denseSd = new double[d];
        for (int k = 0; k < d; k++) {
            denseSd[k] = 1 / Math.sqrt(precision[k]);
        }
        double biasSd = 1 / Math.sqrt(precision[weights.length]);
        float[] dense = e.dense();
        return random -> {
            double[] column = new double[columnSd.length];
            for (int j = 0; j < column.length; j++) {
                column[j] = columnSd[j] * random.nextGaussian();
            }
            double[] dw = new double[d];
            for (int k = 0; k < d; k++) {
                dw[k] = denseSd[k] * random.nextGaussian();
            }
            double db = biasSd * random.nextGaussian();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double zi = z[i] + db;
                int o = i * d;
                for (int k = 0; k < d; k++) {
                    zi += dense[o + k] * dw[k];
                }
                for (int a = 0; a < Layout.ACTIVE; a++) {
                    zi += column[rowColumns[i * Layout.ACTIVE + a]];
                }
                out[i] = 1.0 / (1.0 + Math.exp(-zi));
            }
            return out;
        };
    }

    /**
     * The mean log-loss gradient (without the penalty) over rows {@code order[start..start+bs)} (or
     * {@code start..start+bs} when order is null) at weights {@code w} and bias {@code b}, into
     * {@code grad}; returns the bias's. Only the dense columns and the six active one-hot columns of
     * each row are touched, so a step costs the rows, not the rows times the width.
     */
    double gradient(EncodedRows e, int[] order, int start, int bs, float[] w, double b, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        int d = DenseFeatures.COUNT;
        int[] act = new int[Layout.ACTIVE];
        float[] dense = e.dense();
        double gb = 0;
        for (int r = 0; r < bs; r++) {
            int i = order == null ? start + r : order[start + r];
            int o = i * d;
            layout.active(e, i, act);
            double z = b;
            for (int k = 0; k < d; k++) {
                z += dense[o + k] * w[k];
            }
            for (int a : act) {
                z += w[a];
            }
            double err = 1.0 / (1.0 + Math.exp(-z)) - e.label()[i];
            for (int k = 0; k < d; k++) {
                grad[k] += err * dense[o + k];
            }
            for (int a : act) {
                grad[a] += err;
            }
            gb += err;
        }
        for (int k = 0; k < grad.length; k++) {
            grad[k] /= bs;
        }
        return gb / bs;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    /** Writes the encoder and the weights into {@code dir}. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        EncodingStore.writeEncoder(encoder, dir);
        INDArray all = Nd4j.create(java.util.Arrays.copyOf(weights, weights.length + 1), new long[] {weights.length + 1},
                'c');
        all.putScalar(weights.length, bias);
        try (OutputStream out = Files.newOutputStream(dir.resolve(WEIGHTS_FILE));
             DataOutputStream data = new DataOutputStream(out)) {
            Nd4j.write(all, data);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(PRECISION_FILE));
             DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
            data.writeInt(precision.length);
            for (double v : precision) {
                data.writeDouble(v);
            }
        }
    }

    /** Reads a model written by {@link #save}. */
    public static LogisticRegression load(Path dir) throws IOException {
        FeatureEncoder encoder = EncodingStore.readEncoder(dir);
        Path file = dir.resolve(WEIGHTS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        INDArray all;
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            all = Nd4j.read(data);
        }
        float[] values = all.data().asFloat();
        int width = Layout.of(encoder).width();
        if (values.length != width + 1) {
            throw new IOException(file + " holds " + values.length + " values, the encoder in " + dir + " needs "
                    + (width + 1));
        }
        Path precisionFile = dir.resolve(PRECISION_FILE);
        if (!Files.isRegularFile(precisionFile)) {
            throw new IOException("missing " + precisionFile + " (the weights' posterior precisions)");
        }
        double[] precision;
        try (InputStream in = Files.newInputStream(precisionFile);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            int count = data.readInt();
            if (count != width + 1) {
                throw new IOException(precisionFile + " holds " + count + " precisions, the encoder in " + dir
                        + " needs " + (width + 1));
            }
            precision = new double[count];
            for (int k = 0; k < count; k++) {
                precision[k] = data.readDouble();
            }
        }
        return new LogisticRegression(encoder, java.util.Arrays.copyOf(values, width), values[width], precision);
    }
}
