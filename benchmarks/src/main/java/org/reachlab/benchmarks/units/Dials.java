package org.reachlab.benchmarks.units;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts dials made by a simulated team. JMH divides the count by the measured time and reports it as the secondary
 * result {@code <benchmark>:dials} in ops/s, read as dials/s.
 *
 * <p>A benchmark takes this state as a parameter and adds what one operation processed to
 * {@link #dials}; the count starts at zero every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Dials {

    /** What the current iteration processed so far. */
    public long dials;

    /** Starts the iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        dials = 0;
    }
}
