package org.reachlab.benchmarks.units;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts calls placed in a day's plan. JMH divides the count by the measured time and reports it as the secondary
 * result {@code <benchmark>:calls} in ops/s, read as planned calls/s.
 *
 * <p>A benchmark takes this state as a parameter and adds what one operation processed to
 * {@link #calls}; the count starts at zero every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Calls {

    /** What the current iteration processed so far. */
    public long calls;

    /** Starts the iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        calls = 0;
    }
}
