/**
 * {@code bayes}: a hierarchical Beta-Binomial / Gamma-Poisson model with empirical-Bayes strengths.
 * A contact's slot rate is shrunk toward its own hour-of-day rate, that toward the contact's overall
 * level times its segment's slot rates, and those toward the global slot rates. Contact counts are
 * forgotten exponentially (a half-life in days) so a changed routine is followed; stated
 * preferences tilt the contact's prior; the model draws slot probabilities from its posterior for
 * Thompson sampling.
 */
package org.reachlab.models.bayes;
