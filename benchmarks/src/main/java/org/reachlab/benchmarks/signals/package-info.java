/** Benchmarks of timing-signal extraction from call notes and emails, in notes per second. */
package org.reachlab.benchmarks.signals;
