/**
 * Reading JMH JSON results: a short markdown table of one run ({@link
 * org.reachlab.benchmarks.report.ResultTable}) and the speedup of one run over another
 * ({@link org.reachlab.benchmarks.report.Compare}), both in the unit each benchmark counts.
 */
package org.reachlab.benchmarks.report;
