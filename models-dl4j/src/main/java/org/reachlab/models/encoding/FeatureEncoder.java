package org.reachlab.models.encoding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.Segment;

/**
 * The fitted part of the encoding: vocabularies of contacts, segments (industry × role × country),
 * countries, industries and roles, each with a reserved unknown index, and the mean and standard
 * deviation of every dense column except the 0/1 flags. Fitted on the training slice only, so that neither the scaling
 * nor the vocabularies see validation or test rows. Immutable and thread-safe.
 *
 * @param contacts   contacts with at least {@code minContactRows} training rows
 * @param segments   segments with at least {@code minSegmentRows} training rows
 * @param countries  countries seen in training
 * @param industries industries seen in training
 * @param roles      roles seen in training
 * @param mean       mean of each dense column on the training slice
 * @param scale      standard deviation of each dense column (1 where constant)
 */
public record FeatureEncoder(Vocabulary contacts, Vocabulary segments, Vocabulary countries, Vocabulary industries,
                             Vocabulary roles, double[] mean, double[] scale) {

    public FeatureEncoder {
        if (mean.length != DenseFeatures.COUNT || scale.length != DenseFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + DenseFeatures.COUNT + " means and scales, received "
                    + mean.length + " and " + scale.length);
        }
    }

    /** The segment key of a contact: {@link Segment#toString()}, {@code industry|role|country}. */
    public static String segmentOf(Contact c) {
        return Segment.of(c).toString();
    }

    /** Fits the encoder on rows {@code from}..{@code to} (exclusive) of a raw table. */
    public static FeatureEncoder fit(RawRows rows, int from, int to, int minContactRows, int minSegmentRows) {
        if (to <= from) {
            throw new IllegalArgumentException("cannot fit an encoder on an empty slice " + from + ".." + to);
        }
        Map<String, Integer> contactCounts = new HashMap<>();
        Map<String, Integer> segmentCounts = new HashMap<>();
        Map<String, Integer> countryCounts = new HashMap<>();
        Map<String, Integer> industryCounts = new HashMap<>();
        Map<String, Integer> roleCounts = new HashMap<>();
        int d = DenseFeatures.COUNT;
        double[] sum = new double[d];
        double[] sumSq = new double[d];
        for (int i = from; i < to; i++) {
            Contact c = rows.contact(i);
            contactCounts.merge(c.id(), 1, Integer::sum);
            segmentCounts.merge(segmentOf(c), 1, Integer::sum);
            countryCounts.merge(c.country(), 1, Integer::sum);
            if (c.industry() != null) {
                industryCounts.merge(c.industry(), 1, Integer::sum);
            }
            if (c.role() != null) {
                roleCounts.merge(c.role(), 1, Integer::sum);
            }
            for (int k = 0; k < d; k++) {
                double v = rows.dense(i, k);
                sum[k] += v;
                sumSq[k] += v * v;
            }
        }
        int n = to - from;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int k = 0; k < d; k++) {
            if (DenseFeatures.FLAGS.contains(DenseFeatures.NAMES.get(k))) {
                mean[k] = 0;
                scale[k] = 1;
                continue;
            }
            mean[k] = sum[k] / n;
            double var = Math.max(0, sumSq[k] / n - mean[k] * mean[k]);
            scale[k] = var > 1e-12 ? Math.sqrt(var) : 1.0;
        }
        return new FeatureEncoder(Vocabulary.of(contactCounts, minContactRows),
                Vocabulary.of(segmentCounts, minSegmentRows), Vocabulary.of(countryCounts, 1),
                Vocabulary.of(industryCounts, 1), Vocabulary.of(roleCounts, 1), mean, scale);
    }

    /** Encodes all rows of a raw table. */
    public EncodedRows encode(RawRows rows) {
        return encode(rows, 0, rows.size());
    }

    /** Encodes rows {@code from}..{@code to} (exclusive) of a raw table. */
    public EncodedRows encode(RawRows rows, int from, int to) {
        int n = to - from;
        int d = DenseFeatures.COUNT;
        float[] dense = new float[n * d];
        int[] contact = new int[n];
        int[] segment = new int[n];
        int[] country = new int[n];
        int[] industry = new int[n];
        int[] role = new int[n];
        int[] slot = new int[n];
        int[] dayPart = new int[n];
        float[] label = new float[n];
        long[] epoch = new long[n];
        float[] m = floatMeans();
        float[] inv = floatInverseScales();
        Contact previous = null;
        int ci = 0;
        int si = 0;
        int co = 0;
        int in = 0;
        int ro = 0;
        for (int r = 0; r < n; r++) {
            int i = from + r;
            for (int k = 0; k < d; k++) {
                dense[r * d + k] = (rows.dense(i, k) - m[k]) * inv[k];
            }
            Contact c = rows.contact(i);
            if (c != previous) {
                previous = c;
                ci = contacts.indexOf(c.id());
                si = segments.indexOf(segmentOf(c));
                co = countries.indexOf(c.country());
                in = industries.indexOf(c.industry());
                ro = roles.indexOf(c.role());
            }
            contact[r] = ci;
            segment[r] = si;
            country[r] = co;
            industry[r] = in;
            role[r] = ro;
            slot[r] = rows.slot(i);
            dayPart[r] = rows.dayPart(i);
            label[r] = rows.label(i);
            epoch[r] = rows.epochSecond(i);
        }
        return new EncodedRows(n, dense, contact, segment, country, industry, role, slot, dayPart, label, epoch);
    }

    /** The mean of each dense column in the float precision rows are encoded in: a standardised value is {@code (x - mean) * inverse scale}. */
    float[] floatMeans() {
        float[] m = new float[DenseFeatures.COUNT];
        for (int k = 0; k < m.length; k++) {
            m[k] = (float) mean[k];
        }
        return m;
    }

    /** The inverse of each dense column's scale, in float precision (see {@link #floatMeans()}). */
    float[] floatInverseScales() {
        float[] inv = new float[DenseFeatures.COUNT];
        for (int k = 0; k < inv.length; k++) {
            inv[k] = (float) (1.0 / scale[k]);
        }
        return inv;
    }

    /** The dense column names, for provenance. */
    public List<String> denseNames() {
        return DenseFeatures.NAMES;
    }
}
