/**
 * What the count families ({@code global}, {@code segment}, {@code bayes}) share: connects and
 * attempts per local weekly slot ({@link org.reachlab.models.counts.SlotCounts}), the smoothed
 * global slot rates ({@link org.reachlab.models.counts.GlobalPrior}) and the empirical-Bayes
 * estimates of prior strengths ({@link org.reachlab.models.counts.EmpiricalBayes}).
 */
package org.reachlab.models.counts;
