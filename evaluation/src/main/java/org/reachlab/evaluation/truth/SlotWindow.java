package org.reachlab.evaluation.truth;

import java.util.Locale;
import org.reachlab.data.domain.LocalSlot;

/**
 * The local slots two weekly profiles are compared on: Monday to Friday, local hours
 * {@code [fromHour, toHour)}. The default, 09–17, is where the generated history dials (uniform
 * 09–17 on working days): outside it no model has seen an attempt, so a profile there is the
 * model's prior, not what it learned.
 *
 * @param fromHour first local hour, 0–23
 * @param toHour   end hour, exclusive, fromHour + 2 to 24
 */
public record SlotWindow(int fromHour, int toHour) {

    /** Working days 09:00–17:00. */
    public static final SlotWindow WORKING_HOURS = new SlotWindow(9, 17);

    public SlotWindow {
        if (fromHour < 0 || toHour > 24 || toHour - fromHour < 2) {
            throw new IllegalArgumentException("the slot window needs 0 <= from and from + 2 <= to <= 24, received from="
                    + fromHour + " to=" + toHour);
        }
    }

    /** The slot indices (Monday 00h = 0), Monday first. */
    public int[] slots() {
        int per = toHour - fromHour;
        int[] s = new int[5 * per];
        for (int d = 0; d < 5; d++) {
            for (int h = fromHour; h < toHour; h++) {
                s[d * per + h - fromHour] = d * 24 + h;
            }
        }
        return s;
    }

    /**
     * Pearson's correlation of two 168-slot profiles over this window's slots; NaN when either is
     * constant there (a wrong number's truth is all zero, a vacation week may be flat).
     */
    public double pearson(double[] a, double[] b) {
        if (a.length != LocalSlot.COUNT || b.length != LocalSlot.COUNT) {
            throw new IllegalArgumentException("profiles must have " + LocalSlot.COUNT + " slots, received " + a.length
                    + " and " + b.length);
        }
        int[] s = slots();
        double ma = 0;
        double mb = 0;
        for (int i : s) {
            ma += a[i];
            mb += b[i];
        }
        ma /= s.length;
        mb /= s.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i : s) {
            double x = a[i] - ma;
            double y = b[i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        if (saa <= 1e-18 * s.length || sbb <= 1e-18 * s.length) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }

    /** {@code Mon-Fri 09-17}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Mon-Fri %02d-%02d", fromHour, toHour);
    }
}
