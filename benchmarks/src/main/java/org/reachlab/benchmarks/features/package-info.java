/** Benchmarks of feature building from an attempt log, in feature rows per second. */
package org.reachlab.benchmarks.features;
