package org.reachlab.models.bayes;

import java.util.Arrays;
import org.reachlab.models.Segment;

/**
 * One contact's decayed attempt and connect counts, kept sparse (only the slots it was called in),
 * and the time they were last decayed to. Not thread-safe.
 */
final class ContactState {

    final Segment segment;
    long last;
    short[] slots;
    double[] k;
    double[] n;
    int size;

    ContactState(Segment segment, long last) {
        this(segment, last, new short[4], new double[4], new double[4], 0);
    }

    ContactState(Segment segment, long last, short[] slots, double[] k, double[] n, int size) {
        this.segment = segment;
        this.last = last;
        this.slots = slots;
        this.k = k;
        this.n = n;
        this.size = size;
    }

    /** Decays the counts to time t (with the given per-second decay rate λ) and adds one attempt. */
    void add(long t, double lambda, int slot, boolean connected) {
        if (lambda > 0 && t > last && size > 0) {
            double d = Math.exp(-lambda * (t - last));
            for (int i = 0; i < size; i++) {
                k[i] *= d;
                n[i] *= d;
            }
        }
        last = Math.max(last, t);
        int i = indexOf(slot);
        if (i < 0) {
            if (size == slots.length) {
                int cap = size * 2;
                slots = Arrays.copyOf(slots, cap);
                k = Arrays.copyOf(k, cap);
                n = Arrays.copyOf(n, cap);
            }
            i = size++;
            slots[i] = (short) slot;
        }
        n[i] += 1;
        if (connected) {
            k[i] += 1;
        }
    }

    int indexOf(int slot) {
        for (int i = 0; i < size; i++) {
            if (slots[i] == slot) {
                return i;
            }
        }
        return -1;
    }

    /** The decay factor from the last update to time t. */
    double decay(long t, double lambda) {
        return lambda > 0 && t > last ? Math.exp(-lambda * (t - last)) : 1.0;
    }

    ContactState copy() {
        return new ContactState(segment, last, slots.clone(), k.clone(), n.clone(), size);
    }
}
