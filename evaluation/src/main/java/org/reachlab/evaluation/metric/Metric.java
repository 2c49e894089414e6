package org.reachlab.evaluation.metric;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A metric of a policy's run, in the order the results list them. Each has the key it is
 * written under in metrics.json and leaderboard.csv, a label for readers, a unit and whether a
 * higher value is better.
 */
public enum Metric {
    /** Right-party connects per dial, as sampled. */
    CONTACT_RATE("contact_rate", "contact rate", Unit.SHARE, Direction.HIGHER_IS_BETTER),
    /** Exact expected connects per dial from the simulator's ground truth. */
    EXPECTED_CONTACT_RATE("expected_contact_rate", "expected contact rate", Unit.SHARE, Direction.HIGHER_IS_BETTER),
    /** Median attempts to a first connect (Kaplan-Meier). */
    MEDIAN_ATTEMPTS("median_attempts", "median attempts", Unit.ATTEMPTS, Direction.LOWER_IS_BETTER),
    /** Mean attempts to a first connect, restricted to the attempt cap (Kaplan-Meier). */
    MEAN_ATTEMPTS("mean_attempts", "mean attempts", Unit.ATTEMPTS, Direction.LOWER_IS_BETTER),
    /** Share of contacts connected within 3 attempts. */
    REACHED_WITHIN_3("reached_within_3", "reached within 3", Unit.SHARE, Direction.HIGHER_IS_BETTER),
    /** Share of contacts connected within 6 attempts. */
    REACHED_WITHIN_6("reached_within_6", "reached within 6", Unit.SHARE, Direction.HIGHER_IS_BETTER),
    /** Meetings booked. */
    MEETINGS("meetings", "meetings", Unit.COUNT, Direction.HIGHER_IS_BETTER),
    /** Distinct contacts connected. */
    CONTACTS_REACHED("contacts_reached", "contacts reached", Unit.COUNT, Direction.HIGHER_IS_BETTER),
    /** The oracle's expected contact rate minus the policy's. */
    REGRET("regret", "regret", Unit.SHARE, Direction.LOWER_IS_BETTER),
    /** Days after a routine change until dials are again within 90% of their earlier efficiency. */
    DRIFT_RECOVERY_DAYS("drift_recovery_days", "drift recovery days", Unit.DAYS, Direction.LOWER_IS_BETTER),
    /** Dials made. */
    DIALS("dials", "dials", Unit.COUNT, Direction.NEITHER),
    /** Dials the simulator refused for breaking a hard rule. */
    VIOLATIONS("violations", "violations", Unit.COUNT, Direction.LOWER_IS_BETTER);

    /** What a metric's values count. */
    public enum Unit {
        /** A share between 0 and 1 (shown as a percentage). */
        SHARE,
        /** Dial attempts. */
        ATTEMPTS,
        /** Days. */
        DAYS,
        /** A count. */
        COUNT
    }

    /** Which way a metric improves. */
    public enum Direction {
        /** Higher values are better. */
        HIGHER_IS_BETTER,
        /** Lower values are better. */
        LOWER_IS_BETTER,
        /** Neither (a volume, not a quality). */
        NEITHER
    }

    /** The metrics paired between policies on the same seeds, in the order they are written. */
    public static final List<Metric> PAIRED = List.of(CONTACT_RATE, EXPECTED_CONTACT_RATE, MEAN_ATTEMPTS,
            REACHED_WITHIN_3, REACHED_WITHIN_6, MEETINGS);

    private final String key;
    private final String label;
    private final Unit unit;
    private final Direction direction;

    Metric(String key, String label, Unit unit, Direction direction) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.direction = direction;
    }

    /** The key in metrics.json, leaderboard.csv and the experiment configuration, e.g. contact_rate. */
    public String key() {
        return key;
    }

    /** The name for readers, e.g. "contact rate". */
    public String label() {
        return label;
    }

    /** What the values count. */
    public Unit unit() {
        return unit;
    }

    /** Which way the metric improves. */
    public Direction direction() {
        return direction;
    }

    /** True when a higher value is better. */
    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }

    /** The metric written under a key; the error names the key received and the known ones. */
    public static Metric fromKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "', known: "
                + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return key;
    }
}
