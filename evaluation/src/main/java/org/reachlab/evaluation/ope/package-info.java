/**
 * Off-policy evaluation: what contact rate a target policy would have had on the contacts and
 * days of a logged history, estimated from the logger's propensities. Estimators: inverse
 * propensity scoring with clipping, self-normalised IPS, the direct method and doubly robust,
 * both on a reward model cross-fitted over contact folds. Every estimate comes with its
 * diagnostics (effective sample size, weight quantiles, clipped share, the target's mass on
 * slots the logger never tried) and warnings when it cannot be trusted.
 * {@link org.reachlab.evaluation.ope.OpeValidation} checks the estimators against the
 * simulator's exact truth.
 */
package org.reachlab.evaluation.ope;
