/** Benchmarks of the policy simulator, in dials per second. */
package org.reachlab.benchmarks.simulation;
