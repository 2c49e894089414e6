package org.reachlab.models.bayes;

import java.util.Arrays;
import org.reachlab.models.Segment;

/**
 * One contact's decayed attempt and connect counts, kept sparse (only the slots it was called in),
 * and the time they were last decayed to; and the change detector's state: the counts since its
 * last restart ({@code fresh}, null when none), its evidence for a change, and the number of
 * changes it detected. Not thread-safe.
 */
final class ContactState {

    final Segment segment;
    long last;
    short[] slots;
    double[] k;
    double[] n;
    int size;
    ContactState fresh;
    double evidence;
    int changes;

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

    /** Replaces the counts by those of {@code since} (none when null), as after a routine change. */
    void restartFrom(ContactState since) {
        if (since == null) {
            size = 0;
        } else {
            slots = since.slots.clone();
            k = since.k.clone();
            n = since.n.clone();
            size = since.size;
            last = since.last;
        }
        fresh = null;
    }

    ContactState copy() {
        ContactState c = new ContactState(segment, last, slots.clone(), k.clone(), n.clone(), size);
        c.fresh = fresh == null ? null : fresh.copy();
        c.evidence = evidence;
        c.changes = changes;
        return c;
    }
}
