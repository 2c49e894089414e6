/**
 * Benchmarks of the workbench's hot paths, one subpackage per pipeline stage, and the fixtures
 * they share: large CRM exports of a chosen size written deterministically from a seed
 * ({@link org.reachlab.benchmarks.LargeExport}) and scratch directories
 * ({@link org.reachlab.benchmarks.Fixtures}).
 *
 * <p>Every benchmark follows the same shape: a {@code @State(Scope.Benchmark)} class whose sizes
 * are {@code @Param}s, whose fixtures are built in {@code @Setup(Level.Trial)}, whose
 * {@code @Benchmark} methods return their result (or sink it in a {@code Blackhole}) and add what
 * they processed to a counter of {@link org.reachlab.benchmarks.units}, so the score reads in the
 * unit a user thinks in (rows/s, dials/s, contacts/s). The first value of each size
 * {@code @Param} is the smallest: the unit test runs every benchmark once on it.
 */
package org.reachlab.benchmarks;
