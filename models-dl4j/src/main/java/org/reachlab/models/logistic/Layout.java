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
}
