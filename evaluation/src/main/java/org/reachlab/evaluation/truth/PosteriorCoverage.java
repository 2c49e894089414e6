package org.reachlab.evaluation.truth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.LocalClock;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.TrainingData;
import org.reachlab.stats.Percentiles;

/**
 * Calibration of a model's posterior: how often the central intervals of its posterior draws hold
 * the true probability, on held-out attempts.
 *
 * <p>For each held-out attempt in the ISO week measured (local date of the attempt in the
 * contact's zone) to a contact the truth knows, the model's {@link PosteriorSampler#posterior} of
 * the contact's week is drawn {@code draws} times (once per contact, shared by the contact's
 * attempts of the week); the attempt's slot gives a sample of posterior probabilities, and its
 * central interval at level L runs from the (1 − L)/2 to the (1 + L)/2 quantile of that sample
 * (linearly interpolated). The truth of the slot is the contact's true profile of the week, day
 * factors included ({@link GroundTruth#week}). Coverage is the share of attempts whose truth lies
 * inside; a calibrated posterior covers about L. Attempts are weighted as they were dialled, so
 * the slots dialled most count most. The model is not updated during the measurement.
 */
public final class PosteriorCoverage {

    /** The levels measured by default: central 80% and 95% intervals. */
    public static final List<Double> LEVELS = List.of(0.8, 0.95);

    /** Posterior draws per contact by default. */
    public static final int DRAWS = 200;

    private PosteriorCoverage() {
    }

    /**
     * The coverage at one level.
     *
     * @param nominal   the interval's level L
     * @param coverage  share of attempts whose true probability lies inside their interval
     * @param below     share whose truth lies below the interval (the rest of the misses lie above)
     * @param meanWidth mean width of the intervals, in probability
     */
    public record Level(double nominal, double coverage, double below, double meanWidth) {
    }

    /**
     * What was measured.
     *
     * @param week     the ISO week of the held-out attempts
     * @param attempts held-out attempts measured
     * @param contacts their contacts
     * @param draws    posterior draws per contact
     * @param levels   per level asked, in order
     */
    public record Result(IsoWeek week, int attempts, int contacts, int draws, List<Level> levels) {
    }

    /**
     * Measures the coverage of the sampler's intervals at each level on the held-out attempts of
     * {@code week}; draws are seeded with {@code seed} and made in the order of the contacts' ids.
     *
     * @throws IllegalArgumentException when a level is not in (0, 1) or draws is below 2
     */
    public static Result measure(PosteriorSampler sampler, TrainingData heldOut, GroundTruth truth, IsoWeek week,
                                 List<Double> levels, int draws, long seed) {
        for (double l : levels) {
            if (!(l > 0 && l < 1)) {
                throw new IllegalArgumentException("interval levels must be in (0, 1), received " + l);
            }
        }
        if (draws < 2) {
            throw new IllegalArgumentException("draws must be >= 2, received " + draws);
        }
        // the week's held-out slots of each contact, one entry per attempt
        Map<String, List<Integer>> slots = new java.util.TreeMap<>();
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (int k = 0; k < heldOut.size(); k++) {
            Contact c = heldOut.contact(k);
            if (!truth.knows(c.id())) {
                continue;
            }
            Instant at = heldOut.at(k);
            if (!IsoWeek.of(at.atZone(c.zone()).toLocalDate()).equals(week)) {
                continue;
            }
            slots.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(LocalClock.slot(at.getEpochSecond(), c.zone()));
            contacts.put(c.id(), c);
        }
        int n = levels.size();
        long[] inside = new long[n];
        long[] below = new long[n];
        double[] width = new double[n];
        int attempts = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, List<Integer>> e : slots.entrySet()) {
            Contact c = contacts.get(e.getKey());
            ProfilePosterior posterior = sampler.posterior(c, week);
            double[][] sample = new double[LocalSlot.COUNT][draws];
            for (int d = 0; d < draws; d++) {
                double[] p = posterior.draw(random).probabilities();
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    sample[s][d] = p[s];
                }
            }
            double[] t = truth.week(c.id(), week, true);
            for (int s : e.getValue()) {
                double[] sorted = sample[s].clone();
                java.util.Arrays.sort(sorted);
                for (int i = 0; i < n; i++) {
                    double l = levels.get(i);
                    double lo = Percentiles.ofSorted(sorted, (1 - l) / 2);
                    double hi = Percentiles.ofSorted(sorted, (1 + l) / 2);
                    if (t[s] < lo) {
                        below[i]++;
                    } else if (t[s] <= hi) {
                        inside[i]++;
                    }
                    width[i] += hi - lo;
                }
                attempts++;
            }
        }
        List<Level> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(attempts == 0 ? new Level(levels.get(i), Double.NaN, Double.NaN, Double.NaN)
                    : new Level(levels.get(i), (double) inside[i] / attempts, (double) below[i] / attempts,
                            width[i] / attempts));
        }
        return new Result(week, attempts, slots.size(), draws, List.copyOf(out));
    }
}
