package org.reachlab.models.policy;

/**
 * The survey-research call rotation (as in queXS): a contact's (n+1)-th attempt in an hour slot
 * of the window happens only after n attempts in every slot of the window. Among the allowed
 * slots with room for a dial and the fewest attempts so far, one is drawn uniformly; the
 * propensity is 1 / their number. Works the queue in order, like {@link WindowPolicy}.
 */
public final class SlotRotationPolicy extends UniformWindowRule {

    /** Rotation over the local hours [from, to). */
    public SlotRotationPolicy(int from, int to) {
        super(from, to);
    }

    /** Rotation over 09:00-17:00. */
    public static SlotRotationPolicy nineToFive() {
        return new SlotRotationPolicy(9, 17);
    }

    @Override
    public String name() {
        return "rotation";
    }

    /**
     * The allowed hours with room that have the fewest attempts of the whole window, else the
     * least-tried of the allowed hours with room.
     */
    @Override
    int[] candidates(DueContact c, int[] allowed) {
        int min = Integer.MAX_VALUE;
        for (int h = from; h < to; h++) {
            min = Math.min(min, c.hourCounts()[h]);
        }
        int[] least = leastTried(c, allowed, min);
        if (least.length == 0) {
            // the least-tried slots are not allowed or full today: rotate among the least-tried open ones
            int m = Integer.MAX_VALUE;
            for (int h : allowed) {
                m = Math.min(m, c.hourCounts()[h]);
            }
            least = leastTried(c, allowed, m);
        }
        return least;
    }

    private static int[] leastTried(DueContact c, int[] allowed, int count) {
        return java.util.Arrays.stream(allowed).filter(h -> c.hourCounts()[h] == count).toArray();
    }
}
