/**
 * The policy types this project defines, registered in
 * {@code META-INF/services/org.reachlab.models.policy.registry.PolicyType}: the fixed rules
 * ({@code uniform}, {@code rotation}, {@code best-hour}, and {@code stated-rule}, which follows the
 * notes' stated preferences), the {@code oracle} and the {@code segment-oracle} (the oracle on
 * each segment's mean truth), and the learned
 * policies ({@code greedy}, {@code epsilon-greedy}, {@code thompson}) that act on a trained belief.
 */
package org.reachlab.models.policy.types;
