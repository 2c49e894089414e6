package org.reachlab.benchmarks.units;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts slot probabilities a model scored (168 per weekly profile). JMH divides the count by the
 * measured time and reports it as the secondary result {@code <benchmark>:slotProbabilities} in
 * ops/s, read as slotProbabilities/s.
 *
 * <p>A benchmark takes this state as a parameter and adds what one operation scored to
 * {@link #slotProbabilities}; the count starts at zero every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class SlotProbabilities {

    /** What the current iteration scored so far. */
    public long slotProbabilities;

    /** Starts the iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        slotProbabilities = 0;
    }
}
