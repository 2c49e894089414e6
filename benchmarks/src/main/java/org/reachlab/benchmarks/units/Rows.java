package org.reachlab.benchmarks.units;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts rows (of a table: CSV rows read, feature rows built, logged rows scored). JMH divides the count by the measured time and reports it as the secondary
 * result {@code <benchmark>:rows} in ops/s, read as rows/s.
 *
 * <p>A benchmark takes this state as a parameter and adds what one operation processed to
 * {@link #rows}; the count starts at zero every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Rows {

    /** What the current iteration processed so far. */
    public long rows;

    /** Starts the iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        rows = 0;
    }
}
