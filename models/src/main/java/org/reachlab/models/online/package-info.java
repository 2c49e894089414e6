/**
 * {@code beta_online}: the policies' own online belief ({@link
 * org.reachlab.models.policy.learned.HierarchicalBetaBelief}) as a model family, trained, saved,
 * scored and compared like every other.
 */
package org.reachlab.models.online;
