package org.reachlab.models.neural;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.reachlab.models.encoding.DenseFeatures;
import org.reachlab.models.encoding.EncodedRows;

/**
 * The network's forward pass in plain Java over a snapshot of its parameters, for scoring: the same
 * function as the graph's output (up to float rounding), laid out so that what rows share is computed
 * once. The first layer's input is the concatenation [contact embedding, segment embedding, hour
 * embedding, segment × hour embedding, dense features]; its pre-activation is therefore a sum of a part
 * that depends only on the contact and segment, a part that depends only on the segment and the hour
 * (cached per segment), and the dense features' part. Consecutive rows of the same contact (a weekly
 * profile) reuse the first part. Immutable once built, apart from the per-segment cache (filled on first use, each entry
 * deterministic and safely published), so scoring may run on many threads.
 */
final class Forward {

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
    /** Second layer, {@code h1 × h2}. */
    private final float[] w2;
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
        w2 = values(second);
        b2 = values(g.getLayer("hidden2").getParam("b"));
        w3 = values(g.getLayer("reach").getParam("W"));
        b3 = values(g.getLayer("reach").getParam("b"))[0];
        int inputs = contactDim + segmentDim + hourDim + crossDim + DenseFeatures.COUNT;
        if (first.size(0) != inputs || w3.length != h2) {
            throw new IllegalStateException("unexpected layer shapes: hidden1 " + first.shapeInfoToString()
                    + ", reach " + w3.length);
        }
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
        float[] base = new float[h1];
        float[] a1 = new float[h1];
        float[] a2 = new float[h2];
        float[] dense = e.dense();
        int d = DenseFeatures.COUNT;
        int denseOffset = contactDim + segmentDim + hourDim + crossDim;
        int lastContact = -1;
        int lastSegment = -1;
        float[] hours = null;
        for (int i = 0; i < p.length; i++) {
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
            for (int j = 0; j < h1; j++) {
                a1[j] = base[j] + hours[hp + j];
            }
            int o = i * d;
            for (int k = 0; k < d; k++) {
                float x = dense[o + k];
                if (x != 0f) {
                    int w = (denseOffset + k) * h1;
                    for (int j = 0; j < h1; j++) {
                        a1[j] += x * w1[w + j];
                    }
                }
            }
            System.arraycopy(b2, 0, a2, 0, h2);
            for (int j = 0; j < h1; j++) {
                float x = a1[j];
                if (x > 0f) {
                    int w = j * h2;
                    for (int m = 0; m < h2; m++) {
                        a2[m] += x * w2[w + m];
                    }
                }
            }
            double z = b3;
            for (int m = 0; m < h2; m++) {
                if (a2[m] > 0f) {
                    z += a2[m] * w3[m];
                }
            }
            p[i] = 1.0 / (1.0 + Math.exp(-z));
        }
        return p;
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
