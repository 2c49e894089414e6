package org.reachlab.models.encoding;

import java.util.Arrays;

/**
 * A contact's own evidence by hour of the day: its attempts and connects in each of the 48 day
 * parts (weekday hours 0–23, weekend hours 24–47), forgotten with a half-life of
 * {@value #HALF_LIFE_DAYS} days so that they follow a routine that changes. Two features come
 * from them (see {@link DenseFeatures}): how much better than its own average the contact answers
 * around an hour, and how many (forgotten) attempts that says it from. Mutable; not thread-safe.
 */
public final class HourCounts {

    /** Half-life of the counts, in days. */
    public static final double HALF_LIFE_DAYS = 28;

    /**
     * Pseudo-attempts that pull an hour's rate toward the contact's own average, and the contact's
     * average toward 15 % (as {@code previous_contact_rate} does).
     */
    static final double HOUR_PRIOR = 2;

    private static final double LAMBDA = Math.log(2) / (HALF_LIFE_DAYS * 86400.0);

    private final double[] connects = new double[DenseFeatures.DAY_PARTS];
    private final double[] attempts = new double[DenseFeatures.DAY_PARTS];
    private long clock = Long.MIN_VALUE;

    /** No attempts yet. */
    public HourCounts() {
    }

    /** A copy. */
    public HourCounts(HourCounts other) {
        System.arraycopy(other.connects, 0, connects, 0, connects.length);
        System.arraycopy(other.attempts, 0, attempts, 0, attempts.length);
        clock = other.clock;
    }

    /** Restores saved counts (as decayed to {@code clock}). */
    public static HourCounts of(long clock, double[] connects, double[] attempts) {
        if (connects.length != DenseFeatures.DAY_PARTS || attempts.length != DenseFeatures.DAY_PARTS) {
            throw new IllegalArgumentException("expected " + DenseFeatures.DAY_PARTS + " connects and attempts, received "
                    + connects.length + " and " + attempts.length);
        }
        HourCounts h = new HourCounts();
        System.arraycopy(connects, 0, h.connects, 0, connects.length);
        System.arraycopy(attempts, 0, h.attempts, 0, attempts.length);
        h.clock = clock;
        return h;
    }

    /** The day part of a local slot of the week (0 = Monday 00:00 … 167). */
    public static int dayPartOfSlot(int slot) {
        return DenseFeatures.dayPart(slot % 24, slot / 24 >= 5);
    }

    /** Records an attempt at {@code epochSecond} in the given day part. */
    public void observe(long epochSecond, int dayPart, boolean connected) {
        if (clock != Long.MIN_VALUE && epochSecond > clock) {
            double d = Math.exp(-LAMBDA * (epochSecond - clock));
            for (int i = 0; i < attempts.length; i++) {
                connects[i] *= d;
                attempts[i] *= d;
            }
        }
        clock = Math.max(clock, epochSecond);
        attempts[dayPart] += 1;
        if (connected) {
            connects[dayPart] += 1;
        }
    }

    /**
     * Writes the two features of a query at {@code epochSecond} in {@code dayPart} into
     * {@code out[o]} and {@code out[o + 1]}: the log lift log(ρ_near / ρ) of the contact's rate in the
     * day part and its neighbours (±1 hour, same kind of day) over its own average, each shrunk
     * ({@link #HOUR_PRIOR} pseudo-attempts at ρ, and ρ toward 15 %), 0 with no evidence; and
     * log(1 + attempts near the hour), the counts forgotten to the query's instant.
     */
    public void write(long epochSecond, int dayPart, float[] out, int o) {
        if (clock == Long.MIN_VALUE) {
            out[o] = 0f;
            out[o + 1] = 0f;
            return;
        }
        double d = epochSecond > clock ? Math.exp(-LAMBDA * (epochSecond - clock)) : 1.0;
        int base = dayPart - dayPart % 24;
        int hour = dayPart % 24;
        double kNear = 0;
        double nNear = 0;
        for (int h = Math.max(0, hour - 1); h <= Math.min(23, hour + 1); h++) {
            kNear += connects[base + h];
            nNear += attempts[base + h];
        }
        double k = 0;
        double n = 0;
        for (int i = 0; i < attempts.length; i++) {
            k += connects[i];
            n += attempts[i];
        }
        double rho = (k * d + 0.15 * HOUR_PRIOR) / (n * d + HOUR_PRIOR);
        double near = (kNear * d + HOUR_PRIOR * rho) / (nNear * d + HOUR_PRIOR);
        out[o] = (float) Math.log(near / rho);
        out[o + 1] = (float) Math.log1p(nNear * d);
    }

    /** The instant the counts are forgotten to, {@link Long#MIN_VALUE} before the first attempt. */
    public long clock() {
        return clock;
    }

    /** A copy of the connects per day part, as forgotten to {@link #clock()}. */
    public double[] connects() {
        return connects.clone();
    }

    /** A copy of the attempts per day part, as forgotten to {@link #clock()}. */
    public double[] attempts() {
        return attempts.clone();
    }

    @Override
    public String toString() {
        return "HourCounts[clock=" + clock + ", attempts=" + Arrays.toString(attempts) + "]";
    }
}
