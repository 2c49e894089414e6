/**
 * The units benchmark results are read in: JMH auxiliary counters that turn "operations per
 * second" into rows, dials or contacts per second, whatever the fixture's size. A benchmark whose
 * unit is new adds one counter class here, named after the unit.
 */
package org.reachlab.benchmarks.units;
