package org.reachlab.models.counts;

import java.util.Arrays;
import org.reachlab.data.domain.LocalSlot;

/**
 * Attempts and connects per local weekly slot (168 each). Counts are doubles so that decayed
 * (forgotten) counts fit too. Not thread-safe.
 */
public final class SlotCounts {

    /** Connects per slot. */
    public final double[] k;
    /** Attempts per slot. */
    public final double[] n;

    public SlotCounts() {
        this(new double[LocalSlot.COUNT], new double[LocalSlot.COUNT]);
    }

    public SlotCounts(double[] k, double[] n) {
        if (k.length != LocalSlot.COUNT || n.length != LocalSlot.COUNT) {
            throw new IllegalArgumentException("slot counts need " + LocalSlot.COUNT + " entries, received "
                    + k.length + " and " + n.length);
        }
        this.k = k;
        this.n = n;
    }

    /** Counts one attempt. */
    public void add(int slot, boolean connected) {
        n[slot]++;
        if (connected) {
            k[slot]++;
        }
    }

    /** Total attempts. */
    public double attempts() {
        double s = 0;
        for (double x : n) {
            s += x;
        }
        return s;
    }

    /** Total connects. */
    public double connects() {
        double s = 0;
        for (double x : k) {
            s += x;
        }
        return s;
    }

    /** A deep copy. */
    public SlotCounts copy() {
        return new SlotCounts(k.clone(), n.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotCounts c && Arrays.equals(k, c.k) && Arrays.equals(n, c.n);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(k) + Arrays.hashCode(n);
    }
}
