/**
 * The policy registry: every scheduling policy type (the fixed rules, the oracle, the learned
 * policies) is a {@link org.reachlab.models.policy.registry.PolicyType} registered under one
 * name in {@code META-INF/services/org.reachlab.models.policy.registry.PolicyType} and found by
 * the {@link org.reachlab.models.policy.registry.PolicyRegistry}. Experiments, {@code simulate},
 * {@code ope} and the benchmarks build their policies here from a typed
 * {@link org.reachlab.models.policy.registry.PolicySettings} and the
 * {@link org.reachlab.models.policy.registry.PolicyInputs} of the run.
 */
package org.reachlab.models.policy.registry;
