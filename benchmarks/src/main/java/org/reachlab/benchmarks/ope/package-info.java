/** Benchmarks of off-policy evaluation on a logged history, in logged rows per second. */
package org.reachlab.benchmarks.ope;
