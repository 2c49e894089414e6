package org.reachlab.benchmarks.report;

import java.util.Map;

/**
 * One benchmark and parameter set of a JMH JSON result file, read in the unit a user thinks in.
 *
 * @param benchmark    the benchmark's full name (class and method)
 * @param mode         the JMH mode ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
 * @param params       the parameter values, in the file's order (empty when it has none)
 * @param score        the score in {@code unit}
 * @param error        the half-width of the 99.9% confidence interval, NaN when JMH gave none
 * @param unit         the unit: the counter's unit per second (say {@code rows/s}) when the
 *                     benchmark counts one, else JMH's primary unit (say {@code ops/s})
 * @param allocPerUnit bytes allocated per counted unit (or per operation) when the run used
 *                     {@code -prof gc}, else NaN
 */
public record Result(String benchmark, String mode, Map<String, String> params, double score, double error,
                     String unit, double allocPerUnit) {

    public Result {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The class's simple name and the method, say {@code IngestBenchmark.ingest}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** Whether a higher score is better (throughput), rather than a lower one (time per operation). */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }
}
