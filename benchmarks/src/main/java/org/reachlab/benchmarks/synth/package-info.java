/** Benchmarks of synthetic world generation, in contacts per second. */
package org.reachlab.benchmarks.synth;
