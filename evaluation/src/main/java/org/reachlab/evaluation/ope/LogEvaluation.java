package org.reachlab.evaluation.ope;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;



/**
 * Off-policy evaluation on a user's call log: the log split in time into the dials learned
 * policies are trained on and the dials every policy is evaluated on, the reward model
 * cross-fitted once on the latter and shared by every target.
 */
public final class LogEvaluation {

    /** Fewest usable dials a log must have. */
    public static final int MIN_DIALS = 20;

    /**
     * A log split in time.
     *
     * @param first the first local date of the log
     * @param last  the last local date
     * @param cut   the first date evaluated; dials before it are the training dials
     * @param train the dials before the cut
     * @param eval  the dials on or after it
     */
    public record Split(LocalDate first, LocalDate last, LocalDate cut, List<LoggedDial> train, List<LoggedDial> eval) {
    }

    private final Split split;
    private final OffPolicyEvaluator evaluator;
    private final double[][] q;

    private LogEvaluation(Split split, OffPolicyEvaluator evaluator) {
        this.split = split;
        this.evaluator = evaluator;
        this.q = evaluator.crossFit(split.eval());
    }

    /**
     * Splits the dials of a log and fits the evaluator's reward model on the evaluated part.
     *
     * @param dials     the log's dials in time order
     * @param cut       the first evaluated date, or null for the middle of the log
     * @param evaluator the evaluator
     * @throws IllegalArgumentException when the log has fewer than {@link #MIN_DIALS} dials or none from the cut
     */
    public static LogEvaluation of(List<LoggedDial> dials, LocalDate cut, OffPolicyEvaluator evaluator) {
        return new LogEvaluation(split(dials, cut), evaluator);
    }

    /** The contacts file beside a log: {@code contacts.csv} in the log's directory. */
    public static Path contactsBeside(Path log) {
        Path dir = log.toAbsolutePath().getParent();
        return dir == null ? Path.of("contacts.csv") : dir.resolve("contacts.csv");
    }

    /** Splits dials (in time order) at a date, by default the middle of the log. */
    public static Split split(List<LoggedDial> dials, LocalDate cut) {
        if (dials.size() < MIN_DIALS) {
            throw new IllegalArgumentException("the log has " + dials.size() + " usable phone dials; need at least "
                    + MIN_DIALS);
        }
        LocalDate first = dials.get(0).local().toLocalDate();
        LocalDate last = dials.get(dials.size() - 1).local().toLocalDate();
        LocalDate c = cut != null ? cut : first.plusDays((last.toEpochDay() - first.toEpochDay() + 1) / 2);
        List<LoggedDial> train = new ArrayList<>();
        List<LoggedDial> eval = new ArrayList<>();
        for (LoggedDial d : dials) {
            (d.local().toLocalDate().isBefore(c) ? train : eval).add(d);
        }
        if (eval.isEmpty()) {
            throw new IllegalArgumentException("no dial on or after the split " + c + " (the log runs " + first
                    + " to " + last + ")");
        }
        return new Split(first, last, c, List.copyOf(train), List.copyOf(eval));
    }

    /** The split. */
    public Split split() {
        return split;
    }

    /** Evaluates a target on the evaluated dials. */
    public OffPolicyEvaluator.Detailed evaluate(TargetPolicy target) {
        return evaluator.evaluateDetailed(split.eval(), target, q, null);
    }


    /** Pooled connect rate by local hour of the training dials (0 where nothing was dialled). */
    public double[] trainingHourlyRates() {
        double[] n = new double[24];
        double[] k = new double[24];
        for (LoggedDial d : split.train()) {
            n[d.hour()]++;
            k[d.hour()] += d.reward();
        }
        double[] hourly = new double[24];
        for (int h = 0; h < 24; h++) {
            hourly[h] = n[h] == 0 ? 0 : k[h] / n[h];
        }
        return hourly;
    }
}
