/**
 * The policy contract and the fixed-rule policies. A {@link org.reachlab.models.policy.Policy}
 * sees one day (the contacts due, the hours the hard rules allow for each, the reps and their
 * capacity for the day and for one hour) and returns the dials it wants made, booked through the
 * day's {@link org.reachlab.models.policy.HourlyLedger}, each with the local hour chosen and the
 * probability (propensity) with which the policy chose that hour, so that logged calls can be
 * evaluated off-policy. The fixed rules: uniform random 09-17, the survey-research slot
 * rotation, one fixed hour (the globally best hour), and the oracle that knows the truth.
 * Callers build policies by type name through {@link org.reachlab.models.policy.registry.PolicyRegistry}.
 */
package org.reachlab.models.policy;
