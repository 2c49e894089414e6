/**
 * Evaluation results as Tablesaw tables, for notebooks: one row per estimate, with its metric,
 * value and interval, ready to filter, sort and plot.
 */
package org.reachlab.notebooks.results;
