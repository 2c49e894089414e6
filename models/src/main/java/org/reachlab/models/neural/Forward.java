package org.reachlab.models.neural;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.deeplearning4j.nn.graph.ComputationGraph;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.reachlab.models.encoding.DenseFeatures;
import org.reachlab.models.encoding.EncodedRows;

/**
 * The network's forward pass in plain Java over a snapshot of its parameters, for scoring: the same
 * function as the graph's output (up to float rounding), laid out so that what rows share is computed
 * once. The first layer's input is the concatenation [contact embedding, segment embedding, hour
 * embedding, segment × hour embedding, dense features]; its pre-activation is therefore a sum of a part
 * that depends only on the contact and segment, a part that depends only on the segment and the hour
 * (cached per segment), and the dense features' part. Consecutive rows of the same contact (a weekly
 * profile) reuse the first part; the dense part and the second layer run as matrix products over
 * blocks of rows. Immutable once built, apart from the per-segment cache (filled on first use, each entry
 * deterministic and safely published), so scoring may run on many threads.
 */
final class Forward {

    /** Rows per matrix product. */
    private static final int CHUNK = 4096;

    private final int contactDim;
    private final int segmentDim;
    private final int hourDim;
    private final int crossDim;
    private final int h1;
    private final int h2;
    private final float[] contactEmbedding;
    private final float[] segmentEmbedding;
    private final float[] hourEmbedding;
    private final float[] crossEmbedding;
    /** First layer weights, row k = input k, {@code inputs × h1}. */
    private final float[] w1;
    private final float[] b1;
    /** The dense features' rows of the first layer, {@code COUNT × h1}. */
    private final INDArray w1Dense;
    /** Second layer, {@code h1 × h2}. */
    private final INDArray w2Matrix;
    private final float[] b2;
    private final float[] w3;
    private final float b3;
    /** Per segment, the hour and cross part of the first layer for each day part, {@code 48 × h1}. */
    private final AtomicReferenceArray<float[]> segmentHours;

    private Forward(ComputationGraph g) {
        contactEmbedding = values(g.getLayer("contactEmbedding").getParam("W"));
        segmentEmbedding = values(g.getLayer("segmentEmbedding").getParam("W"));
        hourEmbedding = values(g.getLayer("hourEmbedding").getParam("W"));
        crossEmbedding = values(g.getLayer("segmentHourEmbedding").getParam("W"));
        contactDim = (int) g.getLayer("contactEmbedding").getParam("W").size(1);
        segmentDim = (int) g.getLayer("segmentEmbedding").getParam("W").size(1);
        hourDim = (int) g.getLayer("hourEmbedding").getParam("W").size(1);
        crossDim = (int) g.getLayer("segmentHourEmbedding").getParam("W").size(1);
        INDArray first = g.getLayer("hidden1").getParam("W");
        h1 = (int) first.size(1);
        w1 = values(first);
        b1 = values(g.getLayer("hidden1").getParam("b"));
        INDArray second = g.getLayer("hidden2").getParam("W");
        h2 = (int) second.size(1);
        w2Matrix = second.dup('c');
        b2 = values(g.getLayer("hidden2").getParam("b"));
        w3 = values(g.getLayer("reach").getParam("W"));
        b3 = values(g.getLayer("reach").getParam("b"))[0];
        int inputs = contactDim + segmentDim + hourDim + crossDim + DenseFeatures.COUNT;
        if (first.size(0) != inputs || w3.length != h2) {
            throw new IllegalStateException("unexpected layer shapes: hidden1 " + first.shapeInfoToString()
                    + ", reach " + w3.length);
        }
        int denseRow = contactDim + segmentDim + hourDim + crossDim;
        w1Dense = first.get(NDArrayIndex.interval(denseRow, denseRow + DenseFeatures.COUNT), NDArrayIndex.all())
                .dup('c');
        segmentHours = new AtomicReferenceArray<>((int) g.getLayer("segmentEmbedding").getParam("W").size(0));
    }

    /** A snapshot of the graph's current parameters. */
    static Forward of(ComputationGraph graph) {
        return new Forward(graph);
    }

    private static float[] values(INDArray a) {
        return a.dup('c').data().asFloat();
    }

    /** The probability of reaching the person for each encoded row. */
    double[] predict(EncodedRows e) {
        double[] p = new double[e.size()];
        for (int from = 0; from < p.length; from += CHUNK) {
            predict(e, from, Math.min(p.length, from + CHUNK), p);
        }
        return p;
    }

    /**
     * Rows {@code from..to}: the dense part of the first layer and the second layer as matrix products
     * (ND4J), the embedding parts from the per-contact and per-segment caches.
     */
    private void predict(EncodedRows e, int from, int to, double[] p) {
        int n = to - from;
        int d = DenseFeatures.COUNT;
        INDArray x = Nd4j.create(Arrays.copyOfRange(e.dense(), from * d, to * d), new long[] {n, d}, 'c');
        float[] a1 = x.mmul(w1Dense).data().asFloat();
        float[] base = new float[h1];
        int lastContact = -1;
        int lastSegment = -1;
        float[] hours = null;
        for (int r = 0; r < n; r++) {
            int i = from + r;
            int c = e.contact()[i];
            int s = e.segment()[i];
            if (c != lastContact || s != lastSegment) {
                contactPart(c, s, base);
                if (s != lastSegment) {
                    hours = segmentHours(s);
                }
                lastContact = c;
                lastSegment = s;
            }
            int hp = e.dayPart()[i] * h1;
            int o = r * h1;
            for (int j = 0; j < h1; j++) {
                a1[o + j] = Math.max(0f, a1[o + j] + base[j] + hours[hp + j]);
            }
        }
        float[] a2 = Nd4j.create(a1, new long[] {n, h1}, 'c').mmul(w2Matrix).data().asFloat();
        for (int r = 0; r < n; r++) {
            double z = b3;
            int o = r * h2;
            for (int m = 0; m < h2; m++) {
                float a = a2[o + m] + b2[m];
                if (a > 0f) {
                    z += a * w3[m];
                }
            }
            p[from + r] = 1.0 / (1.0 + Math.exp(-z));
        }
    }

    /** The bias plus the contact's and segment's part of the first layer. */
    private void contactPart(int contact, int segment, float[] out) {
        System.arraycopy(b1, 0, out, 0, h1);
        for (int k = 0; k < contactDim; k++) {
            axpy(contactEmbedding[contact * contactDim + k], k, out);
        }
        for (int k = 0; k < segmentDim; k++) {
            axpy(segmentEmbedding[segment * segmentDim + k], contactDim + k, out);
        }
    }

    /** {@code out += x × row k of the first layer}. */
    private void axpy(float x, int k, float[] out) {
        int w = k * h1;
        for (int j = 0; j < h1; j++) {
            out[j] += x * w1[w + j];
        }
    }

    /** The hour and segment × hour part of the first layer for each day part of a segment. */
    private float[] segmentHours(int segment) {
        float[] t = segmentHours.get(segment);
        if (t == null) {
            t = new float[DenseFeatures.DAY_PARTS * h1];
            float[] row = new float[h1];
            int hourRow = contactDim + segmentDim;
            int crossRow = hourRow + hourDim;
            for (int dp = 0; dp < DenseFeatures.DAY_PARTS; dp++) {
                java.util.Arrays.fill(row, 0f);
                for (int k = 0; k < hourDim; k++) {
                    axpy(hourEmbedding[dp * hourDim + k], hourRow + k, row);
                }
                int cross = segment * DenseFeatures.DAY_PARTS + dp;
                for (int k = 0; k < crossDim; k++) {
                    axpy(crossEmbedding[cross * crossDim + k], crossRow + k, row);
                }
                System.arraycopy(row, 0, t, dp * h1, h1);
            }
            segmentHours.set(segment, t);
        }
        return t;
    }
}
