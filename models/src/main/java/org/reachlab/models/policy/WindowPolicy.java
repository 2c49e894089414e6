package org.reachlab.models.policy;

/**
 * Works the queue in order and dials each contact at an hour drawn uniformly from the allowed
 * hours in a local window (by default 09:00-17:00) that still have room for a dial; the
 * propensity is exactly 1 / the number of such hours. What a team without a model does.
 */
public final class WindowPolicy extends UniformWindowRule {

    /** Uniform over the local hours [from, to). */
    public WindowPolicy(int from, int to) {
        super(from, to);
    }

    /** Uniform over 09:00-17:00. */
    public static WindowPolicy nineToFive() {
        return new WindowPolicy(9, 17);
    }

    @Override
    public String name() {
        return String.format(java.util.Locale.ROOT, "uniform_%02d_%02d", from, to);
    }

    @Override
    int[] candidates(DueContact c, int[] allowed) {
        return allowed;
    }
}
