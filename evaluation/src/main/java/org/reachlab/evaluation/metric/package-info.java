/**
 * The metrics an evaluation reports, as one typed vocabulary: {@link org.reachlab.evaluation.metric.Metric}
 * names each metric once, with its key in the files, its label, its unit and which direction is
 * better. Adding a metric is one constant here and its value in the run's metrics.
 */
package org.reachlab.evaluation.metric;
