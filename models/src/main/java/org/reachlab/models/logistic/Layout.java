package org.reachlab.models.logistic;

import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.encoding.DenseFeatures;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.FeatureEncoder;

/** Where each encoded feature sits in the logistic weight vector. */
record Layout(int segments, int countries, int industries, int roles) {

    static Layout of(FeatureEncoder e) {
        return new Layout(e.segments().width(), e.countries().width(), e.industries().width(), e.roles().width());
    }

    int slotOffset() {
        return DenseFeatures.COUNT;
    }

    int segmentOffset() {
        return slotOffset() + LocalSlot.COUNT;
    }

    int segmentPartOffset() {
        return segmentOffset() + segments;
    }

    int countryOffset() {
        return segmentPartOffset() + segments * DenseFeatures.DAY_PARTS;
    }

    int industryOffset() {
        return countryOffset() + countries;
    }

    int roleOffset() {
        return industryOffset() + industries;
    }

    int width() {
        return roleOffset() + roles;
    }

    /** The one-hot columns of row {@code i}, in a fixed order. */
    void active(EncodedRows e, int i, int[] out) {
        out[0] = slotOffset() + e.slot()[i];
        out[1] = segmentOffset() + e.segment()[i];
        out[2] = segmentPartOffset() + e.segment()[i] * DenseFeatures.DAY_PARTS + e.dayPart()[i];
        out[3] = countryOffset() + e.country()[i];
        out[4] = industryOffset() + e.industry()[i];
        out[5] = roleOffset() + e.role()[i];
    }

    static final int ACTIVE = 6;

    /** Writes rows {@code order[start..start+b)} as a dense {@code b × width} matrix (zeroed first). */
    void fill(EncodedRows e, int[] order, int start, int b, float[] x, float[] y) {
        int w = width();
        java.util.Arrays.fill(x, 0, b * w, 0f);
        int d = DenseFeatures.COUNT;
        int[] act = new int[ACTIVE];
        float[] dense = e.dense();
        for (int r = 0; r < b; r++) {
            int i = order == null ? start + r : order[start + r];
            System.arraycopy(dense, i * d, x, r * w, d);
            active(e, i, act);
            for (int a : act) {
                x[r * w + a] = 1f;
            }
            y[r] = e.label()[i];
        }
    }
}
