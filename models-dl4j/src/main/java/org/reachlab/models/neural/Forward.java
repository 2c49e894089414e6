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
 * profile) reuse the first part, and a whole plain week (no DST change) takes the segment's part laid
 * out along the week's rows; the dense part and the second layer run over blocks of rows stored
 * unit by unit, so that their inner loops are long multiply-adds the JIT compiles to vector
 * instructions, four terms per pass over a unit (added in the same order as one at a time, so the
 * result does not depend on the grouping). Immutable once built, apart from the per-segment caches
 * (filled on first use, each entry deterministic and safely published), so scoring may run on many
 * threads.
 */
final class Forward {

    /** Rows computed together: one weekly profile. */
    private static final int BLOCK = org.reachlab.data.domain.LocalSlot.COUNT;

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
    /** Per segment, the same laid out along a plain week's rows, unit by unit: {@code h1 × 168}. */
    private final AtomicReferenceArray<float[][]> segmentWeeks;

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
        segmentWeeks = new AtomicReferenceArray<>(segmentHours.length());
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
        return predict(e, null);
    }

    /**
     * The probability of reaching the person for each encoded row, and, when {@code hidden} is not
     * null, the second hidden layer's activations of each row into it (row-major, {@code rows × h2}):
     * the features the output unit weighs.
     */
    double[] predict(EncodedRows e, float[] hidden) {
        double[] p = new double[e.size()];
        Block b = new Block(Math.min(BLOCK, p.length));
        for (int from = 0; from < p.length; from += BLOCK) {
            predict(e, from, Math.min(p.length, from + BLOCK), p, b, hidden);
        }
        return p;
    }

    /** Units of the second hidden layer. */
    int hidden2() {
        return h2;
    }

    /** The output unit's weight of each unit of the second hidden layer (a copy). */
    float[] outputWeights() {
        return w3.clone();
    }

    /** The output unit's bias. */
    float outputBias() {
        return b3;
    }

    /**
     * Scratch space of one block of rows, one array per unit, so that loops run along the rows; as
     * long as the block (a single prediction does not allocate a whole week's).
     */
    private final class Block {
        final float[][] dense;
        final float[][] a1;
        final float[][] a2;
        final float[] z;
        final float[] base = new float[h1];
        final float[] constant = new float[h1];
        /** The dense columns that vary over the block's rows, in column order. */
        final int[] terms = new int[DenseFeatures.COUNT];
        /** The first-layer units on in at least one row, in unit order. */
        final int[] on = new int[h1];

        Block(int rows) {
            dense = new float[DenseFeatures.COUNT][rows];
            a1 = new float[h1][rows];
            a2 = new float[h2][rows];
            z = new float[rows];
        }
    }

    /**
     * Rows {@code from..to} (at most {@link #BLOCK}): the first layer starts from the cached
     * embedding parts of each row, then both layers' products run as multiply-adds along the rows.
     */
    private void predict(EncodedRows e, int from, int to, double[] p, Block b, float[] hidden) {
        int n = to - from;
        int d = DenseFeatures.COUNT;
        float[] dense = e.dense();
        for (int r = 0; r < n; r++) {
            int o = (from + r) * d;
            for (int k = 0; k < d; k++) {
                b.dense[k][r] = dense[o + k];
            }
        }
        // the embedding parts, run by run of rows of the same contact and segment, unit by unit
        int[] contacts = e.contact();
        int[] segments = e.segment();
        int[] dayParts = e.dayPart();
        for (int r0 = 0; r0 < n; ) {
            int c = contacts[from + r0];
            int s = segments[from + r0];
            int r1 = r0 + 1;
            while (r1 < n && contacts[from + r1] == c && segments[from + r1] == s) {
                r1++;
            }
            contactPart(c, s, b.base);
            if (r0 == 0 && r1 == BLOCK && isPlainWeek(dayParts, from)) {
                // a whole weekly profile: the segment's hour parts laid out along the week's rows
                float[][] week = segmentWeek(s);
                for (int j = 0; j < h1; j++) {
                    addTo(b.base[j], week[j], b.a1[j], BLOCK);
                }
            } else {
                float[] hours = segmentHours(s);
                for (int j = 0; j < h1; j++) {
                    float[] a = b.a1[j];
                    float base = b.base[j];
                    for (int r = r0; r < r1; r++) {
                        a[r] = base + hours[dayParts[from + r] * h1 + j];
                    }
                }
            }
            r0 = r1;
        }
        // a dense column that is the same on every row of the block (most history columns within a
        // contact's week, the zero flags) adds one constant per unit instead of a product per row
        int denseRow = contactDim + segmentDim + hourDim + crossDim;
        java.util.Arrays.fill(b.constant, 0f);
        int varying = 0;
        for (int k = 0; k < d; k++) {
            float[] x = b.dense[k];
            if (constant(x, n)) {
                if (x[0] != 0f) {
                    int w = (denseRow + k) * h1;
                    for (int j = 0; j < h1; j++) {
                        b.constant[j] += x[0] * w1[w + j];
                    }
                }
                continue;
            }
            b.terms[varying++] = k;
        }
        // each unit adds the varying columns in column order, four at a time (the same sums, in the
        // same order, as one column at a time, with a quarter of the loads and stores of the unit)
        for (int j = 0; j < h1; j++) {
            float[] a = b.a1[j];
            int t = 0;
            for (; t + 4 <= varying; t += 4) {
                int k0 = b.terms[t];
                int k1 = b.terms[t + 1];
                int k2 = b.terms[t + 2];
                int k3 = b.terms[t + 3];
                axpy4(w1[(denseRow + k0) * h1 + j], b.dense[k0], w1[(denseRow + k1) * h1 + j], b.dense[k1],
                        w1[(denseRow + k2) * h1 + j], b.dense[k2], w1[(denseRow + k3) * h1 + j], b.dense[k3], a, n);
            }
            for (; t < varying; t++) {
                int k = b.terms[t];
                axpy(w1[(denseRow + k) * h1 + j], b.dense[k], a, n);
            }
        }
        int on = 0;
        for (int j = 0; j < h1; j++) {
            if (reluAdd(b.a1[j], b.constant[j], n)) {
                b.on[on++] = j; // otherwise the unit is off on every row
            }
        }
        for (int m = 0; m < h2; m++) {
            float[] a = b.a2[m];
            java.util.Arrays.fill(a, 0, n, b2[m]);
            int t = 0;
            for (; t + 4 <= on; t += 4) {
                int j0 = b.on[t];
                int j1 = b.on[t + 1];
                int j2 = b.on[t + 2];
                int j3 = b.on[t + 3];
                axpy4(w2[j0 * h2 + m], b.a1[j0], w2[j1 * h2 + m], b.a1[j1], w2[j2 * h2 + m], b.a1[j2],
                        w2[j3 * h2 + m], b.a1[j3], a, n);
            }
            for (; t < on; t++) {
                int j = b.on[t];
                axpy(w2[j * h2 + m], b.a1[j], a, n);
            }
        }
        java.util.Arrays.fill(b.z, 0, n, b3);
        for (int m = 0; m < h2; m++) {
            relu(b.a2[m], n);
            axpy(w3[m], b.a2[m], b.z, n);
            if (hidden != null) {
                for (int r = 0; r < n; r++) {
                    hidden[(from + r) * h2 + m] = b.a2[m][r];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            p[from + r] = 1.0 / (1.0 + Math.exp(-b.z[r]));
        }
    }

    /**
     * {@code y[0..n) += a × x[0..n)}. Whole arrays without offsets: with offsets into arrays that
     * might be the same, the JIT does not vectorize the loop (about 6 times slower).
     */
    private static void axpy(float a, float[] x, float[] y, int n) {
        for (int r = 0; r < n; r++) {
            y[r] += a * x[r];
        }
    }

    /**
     * {@code y[0..n) += a0 × x0 + a1 × x1 + a2 × x2 + a3 × x3}, added one term after the other: the
     * same result as four {@link #axpy} calls in that order, with one load and store of {@code y}.
     */
    private static void axpy4(float a0, float[] x0, float a1, float[] x1, float a2, float[] x2, float a3, float[] x3,
                              float[] y, int n) {
        for (int r = 0; r < n; r++) {
            y[r] = (((y[r] + a0 * x0[r]) + a1 * x1[r]) + a2 * x2[r]) + a3 * x3[r];
        }
    }

    /** {@code y[0..n) = c + x[0..n)}. */
    private static void addTo(float c, float[] x, float[] y, int n) {
        for (int r = 0; r < n; r++) {
            y[r] = c + x[r];
        }
    }

    private static boolean constant(float[] x, int n) {
        float v = x[0];
        for (int r = 1; r < n; r++) {
            if (x[r] != v) {
                return false;
            }
        }
        return true;
    }

    /** {@code x = max(0, x + c)} on the first n rows; whether any is positive. */
    private static boolean reluAdd(float[] x, float c, int n) {
        for (int r = 0; r < n; r++) {
            x[r] = Math.max(0f, x[r] + c);
        }
        for (int r = 0; r < n; r++) {
            if (x[r] > 0f) {
                return true;
            }
        }
        return false;
    }

    private static void relu(float[] x, int n) {
        for (int r = 0; r < n; r++) {
            x[r] = Math.max(0f, x[r]);
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

    /** The day part of each slot of a week without a DST change: hours of five weekdays, then two weekend days. */
    private static final int[] PLAIN_WEEK = new int[BLOCK];

    static {
        for (int r = 0; r < BLOCK; r++) {
            PLAIN_WEEK[r] = DenseFeatures.dayPart(r % 24, r >= 5 * 24);
        }
    }

    /** Whether the 168 rows from {@code from} are a plain week's slots, in order. */
    private static boolean isPlainWeek(int[] dayParts, int from) {
        if (dayParts.length < from + BLOCK) {
            return false;
        }
        for (int r = 0; r < BLOCK; r++) {
            if (dayParts[from + r] != PLAIN_WEEK[r]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #segmentHours} of a segment along a plain week's rows: unit j's value of row r at {@code [j][r]}. */
    private float[][] segmentWeek(int segment) {
        float[][] t = segmentWeeks.get(segment);
        if (t == null) {
            float[] hours = segmentHours(segment);
            t = new float[h1][BLOCK];
            for (int j = 0; j < h1; j++) {
                for (int r = 0; r < BLOCK; r++) {
                    t[j][r] = hours[PLAIN_WEEK[r] * h1 + j];
                }
            }
            segmentWeeks.set(segment, t);
        }
        return t;
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
