/**
 * The logistic-regression family: an L2-regularised logistic regression on the shared feature
 * encoding (dense time, calendar and history features, one-hot slot, segment, segment × hour (weekday or weekend),
 * country, industry and role), trained with ND4J by seeded mini-batch Adam with early stopping on a
 * time-ordered validation slice, and updated online by plain SGD steps on new outcomes. Scoring reads
 * the sparse one-hot weights directly, which makes weekly profiles cheap.
 */
package org.reachlab.models.logistic;
