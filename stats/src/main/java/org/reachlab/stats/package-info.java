/**
 * The statistics every module shares, in one place: {@link org.reachlab.stats.Estimate} (a value
 * with its interval, the one type for every interval the project reports),
 * {@link org.reachlab.stats.Percentiles}, {@link org.reachlab.stats.StudentT},
 * {@link org.reachlab.stats.Bootstrap} (resampling contacts' values),
 * {@link org.reachlab.stats.ClusterBootstrap} (resampling clusters of observations, paired
 * between variants), {@link org.reachlab.stats.RandomisationInference} (a difference in means over
few treated units, with its interval by test inversion), {@link org.reachlab.stats.KaplanMeier}
(survival on integer times) and {@link org.reachlab.stats.Draws} (Gamma and Beta draws). It depends on
 * commons-math3 only, so models and evaluation can both use it.
 */
package org.reachlab.stats;
