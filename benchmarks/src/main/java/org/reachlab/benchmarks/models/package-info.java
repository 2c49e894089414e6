/**
 * Benchmarks of the reachability models, one parameter value per registered family: training in
 * rows per second, scoring weekly profiles in slot probabilities per second.
 */
package org.reachlab.benchmarks.models;
